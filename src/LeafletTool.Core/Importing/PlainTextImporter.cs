using System.Text.RegularExpressions;
using LeafletTool.Core.Authoring;
using LeafletTool.Core.Dates;
using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Importing;

/// <summary>
/// Turns a plain-text leaflet laid out like the seed (a title line, short heading lines, paragraphs, "•" bullets,
/// "Resource number: … Date published: … Review date: …" lines, and a "Contact us" section) into a source in
/// format v1. Dates become <c>YYYY-MM</c>; text it cannot place is kept as paragraphs in a last section and noted.
/// Pure: text in, YAML and notes out.
/// </summary>
public static partial class PlainTextImporter
{
    /// <summary>The heading of the section that keeps text the importer could not place.</summary>
    public const string UnplacedHeading = "More information";

    /// <summary>The heading of a section made for paragraphs that come before the first heading, after the
    /// summary.</summary>
    public const string IntroductionHeading = "About this leaflet";

    public static ImportResult Import(string text, string? owner = null)
    {
        var notes = new List<ImportNote>();
        var blocks = TextBlockReader.Read(text).ToList();
        var fields = TakeFields(blocks);
        string? title = null;
        if (blocks.Count > 0 && blocks[0].Kind == TextBlockKind.Text)
        {
            title = blocks[0].Text;
            blocks.RemoveAt(0);
        }

        var contactStart = blocks.FindIndex(b => b.Kind == TextBlockKind.Text && b.SingleLine
            && ContactSectionReader.IsContactHeading(b.Text));
        var contactBlocks = contactStart < 0 ? [] : blocks.Skip(contactStart + 1).ToList();
        var bodyBlocks = contactStart < 0 ? blocks : blocks.Take(contactStart).ToList();
        var contacts = ContactSectionReader.Read(contactBlocks);

        var (summary, sections) = SectionsFrom(bodyBlocks, notes);
        if (contacts.Unplaced.Count > 0)
        {
            sections.Add(new DraftSection(UnplacedHeading, contacts.Unplaced.Select(ToDraft).ToList()));
            foreach (var block in contacts.Unplaced)
            {
                notes.Add(new ImportNote(block.Line,
                    $"\"{Preview(block)}\" could not be placed; it is kept as a paragraph in the last section, "
                    + $"\"{UnplacedHeading}\". Move it or delete it."));
            }
        }

        var contactList = contacts.Contacts.ToList();
        var leafletOwner = Clean(owner) ?? contactList.Select(c => c.Name).FirstOrDefault(n => n is not null);
        if (contactList.Count == 0)
        {
            contactList.Add(new DraftContact(leafletOwner));
            notes.Add(
                new ImportNote(0,
                "No contact details (a \"Contact us\" section with a phone number) were found; fill in the contact's "
                + "phone or email."));
        }

        contactList = contactList.Select(c => c.Name is null ? c with { Name = leafletOwner } : c).ToList();
        if (leafletOwner is null)
            notes.Add(new ImportNote(0, "No owner was found; fill in \"owner:\" (or import with --owner)."));
        if (fields.Resource is null)
            notes.Add(new ImportNote(0, "No \"Resource number:\" line was found; fill in \"resource_number:\"."));
        if (fields.Published is null)
            notes.Add(new ImportNote(0, "No \"Date published:\" line was found; fill in \"published:\"."));
        if (fields.Review is null)
            notes.Add(new ImportNote(0, "No \"Review date:\" line was found; fill in \"review:\"."));

        var draft = new LeafletDraft
        {
            Title = title,
            ResourceNumber = fields.Resource,
            Published = ToIsoDate(fields.Published),
            Review = ToIsoDate(fields.Review),
            Owner = leafletOwner,
            Summary = summary,
            Sections = sections,
            Contacts = contactList,
            OutOfHours = contacts.OutOfHours,
        };
        notes.Sort((a, b) => a.Line.CompareTo(b.Line));
        var slug = Slugs.Suggest(title ?? "imported-leaflet");
        if (slug.Length == 0) slug = "imported-leaflet";
        // A title such as "Index" or a very long one makes a name the folder cannot hold: take the one offered.
        if (Slugs.Problem(slug) is (_, { } better)) slug = better;
        return new ImportResult(draft, LeafletDraftWriter.Write(draft), notes, slug);
    }

    /// <summary>Finds and removes the "Resource number: …", "Date published: …" and "Review date: …" lines,
    /// wherever they are.</summary>
    private static (string? Resource, string? Published, string? Review) TakeFields(List<TextBlock> blocks)
    {
        string? resource = null, published = null, review = null;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            var block = blocks[i];
            if (block.Kind != TextBlockKind.Text) continue;
            if (!FieldsOnly().IsMatch(block.Text)) continue;
            var matches = Field().Matches(block.Text);

            foreach (Match match in matches)
            {
                var value = match.Groups["value"].Value.Trim().TrimEnd('.');
                switch (match.Groups["key"].Value.ToLowerInvariant())
                {
                    case var k when k.Contains("resource", StringComparison.Ordinal)
                        || k.Contains("leaflet number", StringComparison.Ordinal):
                        resource ??= value;
                        break;
                    case var k when k.Contains("review", StringComparison.Ordinal):
                        review ??= value;
                        break;
                    default:
                        published ??= value;
                        break;
                }
            }

            blocks.RemoveAt(i);
        }

        return (resource, published, review);
    }

    private static (string? Summary, List<DraftSection> Sections) SectionsFrom(List<TextBlock> blocks,
        List<ImportNote> notes)
    {
        string? summary = null;
        var sections = new List<(string Heading, int Line, List<DraftBlock> Body)>();
        foreach (var block in blocks)
        {
            if (IsHeading(block))
            {
                sections.Add((block.Text, block.Line, []));
            }
            else if (sections.Count == 0 && summary is null && block.Kind == TextBlockKind.Text)
            {
                summary = block.Text;
            }
            else
            {
                if (sections.Count == 0)
                {
                    sections.Add((IntroductionHeading, block.Line, []));
                    notes.Add(
                        new ImportNote(block.Line,
                        $"Text before the first heading is in a section headed \"{IntroductionHeading}\"; give it a "
                        + "better heading."));
                }

                sections[^1].Body.Add(ToDraft(block));
            }
        }

        foreach (var (heading, line, body) in sections.Where(s => s.Body.Count == 0))
        {
            notes.Add(
                new ImportNote(line,
                $"The section \"{heading}\" has no text under it; write some or remove the section."));
        }

        return (summary, sections.Select(s => new DraftSection(s.Heading, s.Body)).ToList());
    }

    /// <summary>A heading is a line on its own, short, starting with a capital letter and not ending like a
    /// sentence.</summary>
    public static bool IsHeading(TextBlock block) =>
        block.Kind == TextBlockKind.Text && block.SingleLine && block.Text.Length <= 80
        && block.Text.Split(' ').Length <= 12 && char.IsUpper(block.Text[0])
        && !block.Text.EndsWith('.') && !block.Text.EndsWith(',') && !block.Text.EndsWith(';')
        && !block.Text.EndsWith(':');

    private static DraftBlock ToDraft(TextBlock block) => block.Kind switch
    {
        TextBlockKind.Bullets => new DraftBlock(DraftBlockKind.Bullets, block.Items),
        TextBlockKind.Steps => new DraftBlock(DraftBlockKind.Steps, block.Items),
        _ => DraftBlock.Paragraph(block.Text),
    };

    /// <summary>"June 2023" becomes <c>2023-06</c>; a date that cannot be read is kept as written, for validate to
    /// point at.</summary>
    public static string? ToIsoDate(string? value)
    {
        if (value is null) return null;
        var parsed = DateParser.Parse(value);
        return parsed.Date?.ToString() ?? parsed.Suggestion ?? value;
    }

    private static string Preview(TextBlock block)
    {
        var text = string.Join(" ", block.Items);
        return text.Length <= 60 ? text : text[..57].TrimEnd() + "...";
    }

    private static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null : TextBlockReader.Clean(value);

    [GeneratedRegex(
        @"(?<key>resource number|leaflet number|date published|published|publication date|review date|"
        + @"date of review|date for review|next review(?: date)?)\s*:\s*(?<value>.+?)(?=\s+(?:resource number|"
        + @"leaflet number|date published|published|publication date|review date|date of review|date for review|"
        + @"next review)\s*:|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(
        @"^(?:resource number|leaflet number|date published|published|publication date|review date|date of review|"
        + @"date for review|next review(?: date)?)\s*:\s*\S",
        RegexOptions.IgnoreCase)]
    private static partial Regex FieldsOnly();
}
