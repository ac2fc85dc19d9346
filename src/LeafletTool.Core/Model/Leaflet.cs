using LeafletTool.Core.Dates;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Model;

/// <summary>
/// A leaflet as far as it could be read. Fields the source lacks or got wrong are null or empty;
/// the loader has already reported why, so rules check what is there and stay quiet about the rest.
/// </summary>
public sealed record Leaflet
{
    public required SourceDocument Source { get; init; }

    public required string Slug { get; init; }

    /// <summary>Where the top-level mapping starts: the place to point at when a whole field is absent.</summary>
    public SourcePosition Start { get; init; } = SourcePosition.Start;

    public LocatedText? Title { get; init; }

    public LocatedText? ResourceNumber { get; init; }

    public LocatedText? Published { get; init; }

    public LocatedText? Review { get; init; }

    public LocatedText? Owner { get; init; }

    public LocatedText? Department { get; init; }

    public LocatedText? Language { get; init; }

    public LocatedText? Summary { get; init; }

    public IReadOnlyList<Section> Sections { get; init; } = [];

    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public LocatedText? OutOfHours { get; init; }

    public IReadOnlyList<LocatedText> Accept { get; init; } = [];

    public string File => Source.Name;

    public LeafletDate? PublishedDate => Published is null ? null : LeafletDate.TryParse(Published.Value, out var d) ? d : null;

    public LeafletDate? ReviewDate => Review is null ? null : LeafletDate.TryParse(Review.Value, out var d) ? d : null;

    /// <summary>Every piece of prose an editor wrote, in reading order.</summary>
    public IEnumerable<Prose> Prose()
    {
        if (Title is not null) yield return new(ProseKind.Title, Title);
        if (Summary is not null) yield return new(ProseKind.Summary, Summary);
        foreach (var section in Sections)
        {
            if (section.Heading is not null) yield return new(ProseKind.Heading, section.Heading);
            foreach (var block in section.Body)
            {
                var kind = block switch
                {
                    Paragraph => ProseKind.Paragraph,
                    Note => ProseKind.Note,
                    _ => ProseKind.ListItem,
                };
                foreach (var text in block.Texts) yield return new(kind, text);
            }
        }

        foreach (var contact in Contacts)
        {
            if (contact.Purpose is not null) yield return new(ProseKind.ContactPurpose, contact.Purpose);
            if (contact.Hours is not null) yield return new(ProseKind.ContactHours, contact.Hours);
        }

        if (OutOfHours is not null) yield return new(ProseKind.OutOfHours, OutOfHours);
    }
}
