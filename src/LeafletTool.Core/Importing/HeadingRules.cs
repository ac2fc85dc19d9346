using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// Which pieces are headings: what the document says is one (a heading style or tag, a bold or larger short line);
/// in a document that says nothing of headings (a text file), a short line standing alone, starting with a capital,
/// not ending like a sentence and not a list item. A line with a phone number or e-mail address is never a heading,
/// and a heading with nothing under it before the next heading is text, not an empty section.
/// </summary>
internal static class HeadingRules
{
    public static bool[] Find(List<Piece> pieces, bool documentStatesHeadings)
    {
        var headings = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++) headings[i] = IsHeading(pieces[i], documentStatesHeadings);
        return headings;
    }

    /// <summary>A heading followed at once by another heading, or by nothing, is text.</summary>
    public static void DemoteEmpty(bool[] headings, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (headings[i] && (i + 1 >= to || headings[i + 1])) headings[i] = false;
        }
    }

    public static bool StatesHeadings(ImportedDocument document) => document.Blocks.Any(b =>
        b.Part == SourcePart.Body && (b.Kind == SourceBlockKind.Heading || b.AllBold || b.Emphasis > 1.15));

    private static bool IsHeading(Piece piece, bool documentStatesHeadings)
    {
        if (!piece.IsText || piece.Text.Length > TitleChooser.Longest) return false;
        var block = piece.First;
        if (block.Kind == SourceBlockKind.Heading) return true;
        if (ContactFinder.Find(piece.Text, null).Count > 0) return false;
        if (block.AllBold || block.Emphasis > 1.15)
            return !piece.Text.EndsWith('.') && piece.Text.Split(' ').Length <= 20;
        if (documentStatesHeadings) return false;
        return IsPlainHeading(piece.Text);
    }

    /// <summary>A short line standing alone, starting with a capital, not ending like a sentence.</summary>
    public static bool IsPlainHeading(string text) =>
        text.Length <= 80 && text.Split(' ').Length <= 12 && char.IsUpper(text[0])
        && !text.EndsWith('.') && !text.EndsWith(',') && !text.EndsWith(';') && !text.EndsWith(':');
}
