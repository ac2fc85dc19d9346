using LeafletTool.Core.Authoring;

namespace LeafletTool.Core.Importing;

/// <summary>The summary and sections from the pieces outside the contact section: the first paragraph before any
/// heading is the summary; other text before the first heading gets a section of its own; sub-headings become bold
/// lead-in paragraphs; lists become bullets and steps, boxed paragraphs notes, and table rows paragraphs (each listed
/// for the editor).</summary>
internal static class ImportSections
{
    public static (string? Summary, List<DraftSection> Sections) Build(List<Piece> pieces,
        (bool[] Sections, bool[] LeadIns) headings, IEnumerable<int> indexes, List<ImportNote> notes)
    {
        string? summary = null;
        var sections = new List<(string Heading, List<DraftBlock> Body)>();
        foreach (var index in indexes)
        {
            var piece = pieces[index];
            if (headings.Sections[index])
            {
                sections.Add((piece.Text, []));
                continue;
            }

            if (piece.Kind == PieceKind.Row)
            {
                notes.Add(new ImportNote(piece.Place, $"A table row, \"{Preview(piece.Text)}\", is kept as a "
                    + "paragraph; check that it reads well."));
            }

            if (sections.Count == 0 && summary is null && piece.IsText)
            {
                summary = piece.Text;
                continue;
            }

            if (sections.Count == 0)
            {
                sections.Add((ImportInterpreter.IntroductionHeading, []));
                notes.Add(new ImportNote(piece.Place, "Text before the first heading is in a section headed "
                    + $"\"{ImportInterpreter.IntroductionHeading}\"; give it a better heading."));
            }

            var block = headings.LeadIns[index] ? DraftBlock.Paragraph(Strong(piece.Text)) : ToDraft(piece);
            sections[^1].Body.Add(block);
        }

        return (summary, sections.Select(s => new DraftSection(s.Heading, s.Body)).ToList());
    }

    public static DraftBlock ToDraft(Piece piece) => piece.Kind switch
    {
        PieceKind.Bullets => new DraftBlock(DraftBlockKind.Bullets, piece.Items),
        PieceKind.Steps => new DraftBlock(DraftBlockKind.Steps, piece.Items),
        PieceKind.Note => new DraftBlock(DraftBlockKind.Note, piece.Items),
        _ => DraftBlock.Paragraph(piece.Text),
    };

    /// <summary>A sub-heading as the lead-in of its parent's section: in bold, unless it has bold of its own.
    /// </summary>
    public static string Strong(string text) => text.Contains("**", StringComparison.Ordinal) ? text : $"**{text}**";

    private static string Preview(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "...";
}
