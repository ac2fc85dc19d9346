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

    public LeafletDate? PublishedDate
        => Published is null ? null : LeafletDate.TryParse(Published.Value, out var d) ? d : null;

    public LeafletDate? ReviewDate => Review is null ? null : LeafletDate.TryParse(Review.Value, out var d) ? d : null;

    /// <summary>Every piece of prose an editor wrote, in reading order.</summary>
    public IEnumerable<Prose> Prose()
    {
        var texts = new List<(ProseKind Kind, LocatedText Text)>();
        AddProseTo(texts);
        foreach (var (kind, text) in texts) yield return new(kind, text);
    }

    /// <summary>
    /// Adds every piece of prose to <paramref name="texts"/>, in reading order (<see cref="Prose"/>), without making an
    /// object for each: the checks walk a leaflet's 120 or so texts several times, and the records, one-item lists and
    /// enumerators of <see cref="Prose"/> came to about 9 KB a walk.
    /// </summary>
    public void AddProseTo(List<(ProseKind Kind, LocatedText Text)> texts)
    {
        if (Title is not null) texts.Add((ProseKind.Title, Title));
        if (Summary is not null) texts.Add((ProseKind.Summary, Summary));
        for (var s = 0; s < Sections.Count; s++)
        {
            var section = Sections[s];
            if (section.Heading is not null) texts.Add((ProseKind.Heading, section.Heading));
            for (var b = 0; b < section.Body.Count; b++)
            {
                switch (section.Body[b])
                {
                    case Paragraph paragraph:
                        texts.Add((ProseKind.Paragraph, paragraph.Text));
                        break;
                    case Note note:
                        texts.Add((ProseKind.Note, note.Text));
                        break;
                    case BulletList list:
                        AddItems(texts, list.Items);
                        break;
                    case StepList list:
                        AddItems(texts, list.Items);
                        break;
                    case var other:
                        foreach (var text in other.Texts) texts.Add((ProseKind.ListItem, text));
                        break;
                }
            }
        }

        for (var c = 0; c < Contacts.Count; c++)
        {
            var contact = Contacts[c];
            if (contact.Purpose is not null) texts.Add((ProseKind.ContactPurpose, contact.Purpose));
            if (contact.Hours is not null) texts.Add((ProseKind.ContactHours, contact.Hours));
        }

        if (OutOfHours is not null) texts.Add((ProseKind.OutOfHours, OutOfHours));
    }

    private static void AddItems(List<(ProseKind Kind, LocatedText Text)> texts, IReadOnlyList<LocatedText> items)
    {
        for (var i = 0; i < items.Count; i++) texts.Add((ProseKind.ListItem, items[i]));
    }
}
