using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Pdf;

/// <summary>
/// Turns the pages' blocks of lines into source blocks: one per paragraph or list item, running headers and
/// footers one per line. A layout block is split where a list marker starts a line, where the font size changes,
/// and where a bold line that ends short (a heading) meets plain text. Emphasis is the block's font size over the
/// body text's (the size most characters have).
/// </summary>
internal static class PdfBlocks
{
    public static List<SourceBlock> Make(IReadOnlyList<PdfPage> pages)
    {
        var body = BodySize(pages);
        var depth = PdfLists.Depths(pages.SelectMany(p => p.Lines)
            .Where(l => l.Part == SourcePart.Body && PdfLists.Marker(l).Kind != SourceListKind.None)
            .Select(l => l.Words[0].Left));
        var result = new List<SourceBlock>();
        foreach (var page in pages)
        {
            var groups = new List<List<PdfLine>>();
            foreach (var group in page.Blocks.SelectMany(Groups))
            {
                if (groups.Count > 0 && Continues(groups[^1][^1], group[0])) groups[^1].AddRange(group);
                else groups.Add(group);
            }

            result.AddRange(groups.Select(group => Block(page.Number, group, body, depth)));
        }

        return result;
    }

    private static double BodySize(IReadOnlyList<PdfPage> pages)
    {
        var sizes = pages.SelectMany(p => p.Lines).Where(l => l.Part == SourcePart.Body)
            .GroupBy(l => l.Size).Select(g => (Size: g.Key, Count: g.Sum(l => l.Letters))).ToList();
        return sizes.Count == 0 ? 1 : sizes.MaxBy(s => s.Count).Size;
    }

    /// <summary>A line the segmentation put in a block of its own that goes on the sentence of the line before
    /// ("... that destroy" / "nerves."): same size, weight and left edge, next line down, starting in lower case.
    /// </summary>
    private static bool Continues(PdfLine last, PdfLine next) =>
        last.Part == SourcePart.Body && next.Part == SourcePart.Body && char.IsLower(next.Words[0].Text[0])
        && Math.Abs(last.Left - next.Left) < 2 && Math.Abs(last.Size - next.Size) < 0.5 && last.AllBold == next.AllBold
        && last.Boxed == next.Boxed
        && last.Baseline - next.Baseline > 0 && last.Baseline - next.Baseline < 1.6 * last.Size
        && PdfLists.Marker(next).Kind == SourceListKind.None;

    /// <summary>The lines of a layout block, split into paragraphs and list items.</summary>
    private static List<List<PdfLine>> Groups(PdfBlock block)
    {
        var groups = new List<List<PdfLine>>();
        List<PdfLine>? current = null;
        double? markerLeft = null;
        PdfLine? previous = null;
        var gap = LineGap(block);
        foreach (var line in block.Lines)
        {
            if (line.Dropped) continue;
            var isMarker = line.Part == SourcePart.Body && PdfLists.Marker(line).Kind != SourceListKind.None;
            var split = current is null || previous is null || isMarker || line.Part != SourcePart.Body
                || previous.Part != SourcePart.Body || previous.Boxed != line.Boxed
                || Math.Abs(line.Size - previous.Size) > 0.08 * Math.Max(line.Size, previous.Size)
                || (line.AllBold != previous.AllBold
                    && previous.Right < block.Right - (block.Right - block.Left) * 0.15)
                || (markerLeft is { } left && line.Left <= left + 1)
                || NewParagraph(previous, line, gap);
            if (split)
            {
                current = [];
                groups.Add(current);
                markerLeft = isMarker ? line.Words[0].Left : null;
            }

            current!.Add(line);
            previous = line;
        }

        return groups;
    }

    /// <summary>The least distance from one line's baseline to the next in the block, or a usual line spacing.
    /// </summary>
    private static double LineGap(PdfBlock block)
    {
        var pitches = block.Lines.Zip(block.Lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(p => p > 1)
            .ToList();
        return pitches.Count >= 2 ? pitches.Min() : 0;
    }

    /// <summary>A paragraph ends where the space before the next line is clearly larger than between lines.</summary>
    private static bool NewParagraph(PdfLine previous, PdfLine line, double pitch) =>
        previous.Baseline - line.Baseline > (pitch > 0 ? pitch : 1.25 * line.Size) + 0.3 * line.Size;

    private static SourceBlock Block(int page, List<PdfLine> lines, double body, Func<double, int> depth)
    {
        var (list, first) = lines[0].Part == SourcePart.Body
            ? PdfLists.Marker(lines[0])
            : (SourceListKind.None, lines[0].Words);
        var words = new List<List<PdfWord>> { first.ToList() };
        words.AddRange(lines.Skip(1).Select(l => l.Words.ToList()));
        var size = lines.GroupBy(l => l.Size).MaxBy(g => g.Sum(l => l.Letters))!.Key;
        var allBold = lines.All(l => l.AllBold);
        var text = PdfMarkup.Join(words, allBold);
        return new SourceBlock(list == SourceListKind.None ? SourceBlockKind.Paragraph : SourceBlockKind.ListItem,
            text, new SourcePlace(page, lines[0].Number))
        {
            List = list,
            Depth = list == SourceListKind.None ? 0 : depth(lines[0].Words[0].Left),
            AllBold = allBold,
            Boxed = lines.All(l => l.Boxed),
            Emphasis = Math.Round(size / body, 2),
            Part = lines[0].Part,
        };
    }
}
