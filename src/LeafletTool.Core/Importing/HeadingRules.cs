using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Core.Importing;

/// <summary>
/// Which pieces are headings: what the document says is one (a heading style or tag, a bold or larger short line);
/// in a document that says nothing of headings (a text file), a short line standing alone, starting with a capital,
/// not ending like a sentence and not a list item. A line with a phone number or e-mail address is never a heading,
/// a heading with nothing under it is text, not an empty section, and sub-headings are bold lead-ins of their
/// parent's section.
/// </summary>
internal static class HeadingRules
{
    public static bool[] Find(List<Piece> pieces, bool documentStatesHeadings)
    {
        var headings = new bool[pieces.Count];
        for (var i = 0; i < pieces.Count; i++) headings[i] = IsHeading(pieces[i], documentStatesHeadings);
        return headings;
    }

    /// <summary>
    /// The format has one level of sections, so a heading followed at once by other headings (a parent heading and
    /// its sub-headings, as Word leaflets often have) starts the section, and the headings under it become bold
    /// lead-in paragraphs of its body (<paramref name="leadIns"/>), in place. Where the document states levels (Word,
    /// web pages), the later headings deeper than the parent, up to the next heading at its level, are lead-ins too.
    /// A heading, or a run of headings, with nothing under it before the end of the region is text, and so is a
    /// heading-like line with metadata lines after it (an author's name) and a heading after them.
    /// </summary>
    public static void Nest(List<Piece> pieces, bool[] headings, bool[] leadIns, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (!headings[i]) continue;
            // A line before metadata lines (an author's name above "Reference number: ...") heads nothing.
            if (i + 1 < to && headings[i + 1] && pieces[i + 1].AfterMetadata)
            {
                headings[i] = false;
                continue;
            }

            var end = i + 1;
            while (end < to && headings[end]) end++;
            if (end >= to)
            {
                for (var j = i; j < to; j++) headings[j] = false;
                return;
            }

            for (var j = i + 1; j < end; j++) (headings[j], leadIns[j]) = (false, true);
            if (end > i + 1) end = Deeper(pieces, headings, leadIns, i, end, to);
            i = end - 1;
        }
    }

    /// <summary>After a parent heading whose sub-heading has a deeper stated level, the headings deeper than the
    /// parent that follow are lead-ins too; returns where the parent's section ends.</summary>
    private static int Deeper(List<Piece> pieces, bool[] headings, bool[] leadIns, int parent, int from, int to)
    {
        var level = StatedLevel(pieces[parent]);
        if (level == 0 || StatedLevel(pieces[parent + 1]) <= level) return from;
        var i = from;
        for (; i < to; i++)
        {
            if (!headings[i]) continue;
            var sub = StatedLevel(pieces[i]);
            if (sub <= level || i + 1 >= to) break;
            (headings[i], leadIns[i]) = (false, true);
        }

        return i;
    }

    private static int StatedLevel(Piece piece) =>
        piece.First.Kind == SourceBlockKind.Heading ? piece.First.Level : 0;

    public static bool StatesHeadings(ImportedDocument document) => document.Blocks.Any(b =>
        b.Part == SourcePart.Body && (b.Kind == SourceBlockKind.Heading || b.AllBold || b.Emphasis > 1.15));

    private static bool IsHeading(Piece piece, bool documentStatesHeadings)
    {
        if (!piece.IsText || piece.Text.Length > TitleChooser.Longest) return false;
        var block = piece.First;
        if (ContactFinder.Find(piece.Text, null).Count > 0) return false;
        if (block.Kind == SourceBlockKind.Heading) return true;
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
