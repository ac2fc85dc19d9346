using LeafletTool.Core.Importing.Blocks;
using UglyToad.PdfPig.Core;

namespace LeafletTool.Importers.Pdf;

/// <summary>
/// Puts list bullets back at the start of their lines. Word processors set a bullet a tab away from its text, so the
/// page segmentation may put the glyph in a block of its own ("•" then "Walk every day"); browsers draw a disc or
/// square as a shape, not a letter. Either way the line the bullet stands in front of gets a "•" word first.
/// </summary>
internal static class PdfBulletGlyphs
{
    public static List<PdfBlock> Attach(List<PdfBlock> blocks, IReadOnlyList<PdfRectangle> dots)
    {
        var marks = new List<(PdfRectangle Box, PdfWord Word, PdfLine? Line)>();
        foreach (var line in blocks.SelectMany(b => b.Lines))
        {
            if (line.Words.Count == 1 && PdfLists.IsBulletWord(line.Words[0]))
            {
                marks.Add((new PdfRectangle(line.Left, line.Bottom, line.Right, line.Top), line.Words[0], line));
            }
        }

        foreach (var box in dots)
        {
            marks.Add((box, new PdfWord("•", false, "", box.Left, box.Height, null), null));
        }

        if (marks.Count == 0) return blocks;
        var replaced = new Dictionary<PdfLine, PdfLine>();
        var used = new HashSet<PdfLine>();
        foreach (var (box, word, own) in marks)
        {
            var centre = (box.Bottom + box.Top) / 2;
            var target = blocks.SelectMany(b => b.Lines).Where(l => l != own && !replaced.ContainsKey(l)
                    && l.Left > box.Right - 0.5 && l.Left - box.Right < 3 * l.Size
                    && centre >= l.Bottom - 1 && centre <= l.Top + 1
                    && PdfLists.Marker(l).Kind == SourceListKind.None)
                .MinBy(l => l.Left - box.Right);
            if (target is null) continue;
            replaced[target] = target with
            {
                Words = [word with { Left = box.Left }, .. target.Words],
                Left = box.Left,
            };
            if (own is not null) used.Add(own);
        }

        return blocks
            .Select(b => b with
            {
                Lines = b.Lines.Where(l => !used.Contains(l))
                .Select(l => replaced.TryGetValue(l, out var r) ? r : l).ToList()
            })
            .Where(b => b.Lines.Count > 0).ToList();
    }
}
