using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The leaflet's title: the first block when it is a heading (a heading style, a bold or larger line, or a short
/// line standing alone), never a long first paragraph, which is body text; else the title the document's metadata
/// gives. Never over 120 characters.
/// </summary>
internal static class TitleChooser
{
    public const int Longest = 120;

    /// <summary>The title, and whether it was taken from the first piece (which then leaves the body).</summary>
    public static (string? Title, bool FromFirst) Choose(List<Piece> pieces, string? hint)
    {
        if (pieces.Count > 0 && IsTitle(pieces[0])) return (pieces[0].Text, true);
        var cleaned = hint is null ? null : TextBlockReader.Clean(hint);
        if (string.IsNullOrEmpty(cleaned)) return (null, false);
        if (cleaned.Length <= Longest) return (cleaned, false);
        var cut = cleaned.LastIndexOf(' ', Longest);
        return (cleaned[..(cut > 0 ? cut : Longest)].TrimEnd(), false);
    }

    /// <summary>A Word document often has a Title paragraph and then the same words again as its first heading:
    /// that heading is taken out of the body (it would head the first section and take the summary into it) and
    /// returned, for a note and for the word check.</summary>
    public static Piece? TakeRepeat(List<Piece> pieces, string? title)
    {
        if (title is null || pieces.Count == 0 || !pieces[0].IsText) return null;
        if (!string.Equals(Plain(pieces[0].Text), Plain(title), StringComparison.OrdinalIgnoreCase)) return null;
        var repeated = pieces[0];
        pieces.RemoveAt(0);
        return repeated;
    }

    private static string Plain(string text) =>
        TextBlockReader.Clean(text.Replace("**", "", StringComparison.Ordinal)).TrimEnd('.', ':');

    private static bool IsTitle(Piece piece)
    {
        if (!piece.IsText || piece.Text.Length > Longest) return false;
        // "Enquiries: 01305 251150" on the first line is a contact, whatever its style.
        if (ContactFinder.Find(piece.Text, null).Count > 0) return false;
        if (piece.First.Kind == SourceBlockKind.Heading || piece.First.AllBold || piece.First.Emphasis > 1.15)
            return true;
        return !piece.Text.EndsWith('.') && !piece.Text.EndsWith(',') && !piece.Text.EndsWith(';')
            && !piece.Text.EndsWith(':');
    }
}
