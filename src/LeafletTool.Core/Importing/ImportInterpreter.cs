using LeafletTool.Core.Authoring;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The one interpreter of leaflet import, for every format: from the blocks a reader found (text, Word, PDF, web
/// page) it finds the title, the reference number and dates, the owner, the contacts (every phone number and
/// e-mail address, wherever it stands), the sections, lists and notes, and makes the leaflet. No word of the body is
/// lost: what cannot be placed is kept in a last section and listed. Pure: blocks in, YAML and notes out.
/// </summary>
public static class ImportInterpreter
{
    /// <summary>The heading of the section that keeps text the importer could not place.</summary>
    public const string UnplacedHeading = "More information";

    /// <summary>The heading of a section made for paragraphs that come before the first heading, after the
    /// summary.</summary>
    public const string IntroductionHeading = "About this leaflet";

    public static ImportResult Interpret(ImportedDocument document, string? owner = null)
    {
        var notes = new List<ImportNote>();
        var fields = new FoundFields();
        var pieces = ImportPieces.Read(document, fields);
        var (title, fromFirst) = TitleChooser.Choose(pieces, document.TitleHint);
        if (fromFirst) pieces.RemoveAt(0);
        var repeated = TitleChooser.TakeRepeat(pieces, title);
        if (repeated is not null)
        {
            notes.Add(new ImportNote(repeated.Place, $"The heading \"{repeated.Text}\" repeats the title; it is left "
                + "out, as the title is \"title:\"."));
        }

        var headings = HeadingRules.Find(pieces, HeadingRules.StatesHeadings(document));
        var contactStart = FindContactHeading(pieces, headings);
        var contactEnd = contactStart < 0 ? -1 : ContactRegionEnd(pieces, headings, contactStart);
        var contactRegion = contactStart < 0 ? [] : Enumerable.Range(contactStart + 1, contactEnd - contactStart - 1)
            .Select(i => ToTextBlock(pieces[i], i)).ToList();
        var contacts = ContactSectionReader.Read(contactRegion);
        var rest = contactStart < 0 ? Enumerable.Range(0, pieces.Count).ToList()
            : Enumerable.Range(0, contactStart).Concat(Enumerable.Range(contactEnd, pieces.Count - contactEnd))
                .ToList();
        var leadIns = new bool[pieces.Count];
        if (contactStart >= 0)
        {
            HeadingRules.Nest(pieces, headings, leadIns, 0, contactStart);
            HeadingRules.Nest(pieces, headings, leadIns, contactEnd, pieces.Count);
        }
        else HeadingRules.Nest(pieces, headings, leadIns, 0, pieces.Count);

        var (summary, sections) = ImportSections.Build(pieces, (headings, leadIns), rest, notes);
        var unplaced = contacts.Unplaced.Select(b => pieces[b.Line]).ToList();
        if (unplaced.Count > 0)
        {
            sections.Add(new DraftSection(UnplacedHeading, unplaced.Select(ImportSections.ToDraft).ToList()));
            foreach (var piece in unplaced)
            {
                notes.Add(new ImportNote(piece.Place,
                    $"\"{Preview(piece)}\" could not be placed; it is kept as a paragraph in the last section, "
                    + $"\"{UnplacedHeading}\". Move it or delete it."));
            }
        }

        var contactList = contacts.Contacts.ToList();
        var named = headings.Zip(leadIns, (section, leadIn) => section || leadIn).ToArray();
        ContactsAnywhere(pieces, named, rest.Concat(contacts.Unplaced.Select(b => b.Line)), contactList);
        var leafletOwner = Clean(owner) ?? Clean(fields.Owner)
            ?? contactList.Select(c => c.Name).FirstOrDefault(n => n is not null);
        var missing = new List<string>();
        if (contactList.Count == 0)
        {
            contactList.Add(new DraftContact(leafletOwner));
            missing.Add("contacts");
            notes.Add(new ImportNote(default, "No phone number or e-mail address was found; fill in the contact's "
                + "phone or email."));
        }

        contactList = contactList.Select(c => c.Name is null ? c with { Name = leafletOwner } : c).ToList();
        Missing(title, "title", "No title was found; fill in \"title:\".");
        Missing(fields.Reference, "resource_number", "No reference number was found; fill in \"resource_number:\".");
        Missing(fields.Published, "published", "No published date was found; fill in \"published:\".");
        Missing(fields.Review, "review", "No review date was found; fill in \"review:\".");
        Missing(leafletOwner, "owner", "No owner was found; fill in \"owner:\" (or import with --owner).");
        foreach (var attention in document.Attention) notes.Add(new ImportNote(attention.Place, attention.Message));

        var draft = new LeafletDraft
        {
            Title = title,
            ResourceNumber = fields.Reference,
            Published = ImportDates.ToIso(fields.Published),
            Review = ImportDates.ToIso(fields.Review),
            Owner = leafletOwner,
            Department = Clean(fields.Department),
            Summary = summary,
            Sections = sections,
            Contacts = contactList,
            OutOfHours = contacts.OutOfHours,
        };
        var ordered = notes.OrderBy(n => n.Place.Page).ThenBy(n => n.Place.Line).ToList();
        return new ImportResult(draft, LeafletDraftWriter.Write(draft), ordered, SlugOf(title))
        {
            Missing = missing,
            Unplaced = unplaced.Select(p => new UnplacedText(p.Place, string.Join(' ', p.Items))).ToList(),
            RepeatedTitle = repeated?.Place,
        };

        void Missing(string? value, string field, string message)
        {
            if (value is not null) return;
            missing.Add(field);
            notes.Add(new ImportNote(default, message));
        }
    }

    private static int FindContactHeading(List<Piece> pieces, bool[] headings)
    {
        for (var i = 0; i < pieces.Count; i++)
        {
            if (headings[i] && ContactSectionReader.IsContactHeading(pieces[i].Text)) return i;
        }

        return -1;
    }

    /// <summary>The contact section runs to the next heading the document states, or to a heading-like line with a
    /// long paragraph or a list under it, unless a phone number or e-mail address follows before the next
    /// heading-like line: then the line is a contact's name in bold.</summary>
    private static int ContactRegionEnd(List<Piece> pieces, bool[] headings, int start)
    {
        for (var i = start + 1; i < pieces.Count; i++)
        {
            if (pieces[i].First.Kind == SourceBlockKind.Heading && pieces[i].IsText) return i;
            if (!headings[i] || i + 1 >= pieces.Count) continue;
            var next = pieces[i + 1];
            if ((!next.IsText || (next.Text.Length > 80 && !headings[i + 1])) && !ContactFollows(pieces, headings, i))
                return i;
        }

        return pieces.Count;
    }

    private static bool ContactFollows(List<Piece> pieces, bool[] headings, int heading)
    {
        for (var i = heading + 1; i < pieces.Count && i <= heading + 4 && !headings[i]; i++)
        {
            if (pieces[i].Items.Any(item => ContactFinder.Find(item, null).Count > 0)) return true;
        }

        return false;
    }

    /// <summary>Every phone number and e-mail address outside the contact section makes a contact too, named by the
    /// words before it or the heading it is under; the text stays where it is.</summary>
    private static void ContactsAnywhere(List<Piece> pieces, bool[] headings, IEnumerable<int> indexes,
        List<DraftContact> contacts)
    {
        var known = contacts.Where(c => c.Phone is not null).Select(c => ContactFinder.Digits(c.Phone!)).ToHashSet();
        var emails = contacts.Where(c => c.Email is not null).Select(c => c.Email!.ToLowerInvariant()).ToHashSet();
        foreach (var index in indexes.Order())
        {
            var heading = Enumerable.Range(0, index).Reverse().Where(i => headings[i]).Select(i => pieces[i].Text)
                .FirstOrDefault();
            foreach (var item in pieces[index].Items)
            {
                foreach (var found in ContactFinder.Find(item, heading))
                {
                    if (found.Phone is not null && !known.Add(ContactFinder.Digits(found.Phone))) continue;
                    if (found.Phone is null && (found.Email is null || !emails.Add(found.Email.ToLowerInvariant())))
                        continue;
                    if (found.Email is not null) emails.Add(found.Email.ToLowerInvariant());
                    contacts.Add(found);
                }
            }
        }
    }

    private static TextBlock ToTextBlock(Piece piece, int index) => new(piece.Kind switch
    {
        PieceKind.Bullets => TextBlockKind.Bullets,
        PieceKind.Steps => TextBlockKind.Steps,
        _ => TextBlockKind.Text,
    }, piece.Items, index, true);

    private static string SlugOf(string? title)
    {
        var slug = Slugs.Suggest(title ?? "imported-leaflet");
        if (slug.Length == 0) slug = "imported-leaflet";
        // A title such as "Index" or a very long one makes a name the folder cannot hold: take the one offered.
        return Slugs.Problem(slug) is (_, { } better) ? better : slug;
    }

    private static string Preview(Piece piece)
    {
        var text = string.Join(" ", piece.Items);
        return text.Length <= 60 ? text : text[..57].TrimEnd() + "...";
    }

    private static string? Clean(string? value)
        => string.IsNullOrWhiteSpace(value) ? null : TextBlockReader.Clean(value);
}
