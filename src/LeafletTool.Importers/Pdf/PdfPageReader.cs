using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using PdfPigWord = UglyToad.PdfPig.Content.Word;

namespace LeafletTool.Importers.Pdf;

/// <summary>Reads one page with PdfPig's layout analysis: letters into words (nearest neighbour), words into
/// blocks (Docstrum, which keeps columns apart), blocks into reading order (unsupervised, column-wise, so that a
/// two-column page reads column by column). Only the text and its look are kept, not the page.</summary>
internal static class PdfPageReader
{
    private static readonly DocstrumBoundingBoxes Segmenter = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions
    {
        // One page at a time on one thread: the batch, not the page, is the unit of work.
        MaxDegreeOfParallelism = 1,
    });

    private static readonly UnsupervisedReadingOrderDetector Order = new(5,
        UnsupervisedReadingOrderDetector.SpatialReasoningRules.ColumnWise, true);

    public static PdfPage Read(Page page, int number)
    {
        var images = page.NumberOfImages;
        var letters = page.Letters;
        if (letters.Count == 0) return new PdfPage(number, page.Height, [], images);
        var links = Links(page);
        var words = NearestNeighbourWordExtractor.Instance.GetWords(letters)
            .Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var blocks = Order.Get(Segmenter.GetBlocks(words).ToList());
        var result = new List<PdfBlock>();
        var lineNumber = 0;
        foreach (var block in blocks)
        {
            var lines = block.TextLines.Select(line => Line(line, links, ++lineNumber)).ToList();
            result.Add(new PdfBlock(lines, block.BoundingBox.Left, block.BoundingBox.Right));
        }

        var shapes = PdfShapes.Find(page);
        result = PdfBulletGlyphs.Attach(result, shapes.Dots);
        foreach (var line in result.SelectMany(b => b.Lines)) line.Boxed = shapes.Boxed(line);
        return new PdfPage(number, page.Height, result, images);
    }

    private static PdfLine Line(TextLine line, IReadOnlyList<Hyperlink> links, int number)
    {
        var words = line.Words.Select(w => Word(w, links)).ToList();
        var size = words.GroupBy(w => Math.Round(w.Size * 2) / 2).MaxBy(g => g.Sum(w => w.Text.Length))!.Key;
        var box = line.BoundingBox;
        var baseline = line.Words.Min(w => w.Letters.Count == 0 ? box.Bottom : w.Letters[0].StartBaseLine.Y);
        return new PdfLine(words, box.Left, box.Right, box.Top, box.Bottom, size, number) { Baseline = baseline };
    }

    private static PdfWord Word(PdfPigWord word, IReadOnlyList<Hyperlink> links)
    {
        var bold = true;
        var size = 0.0;
        foreach (var letter in word.Letters)
        {
            size += letter.PointSize;
            if (char.IsLetterOrDigit(letter.Value, 0) && !IsBold(letter)) bold = false;
        }

        var box = word.BoundingBox;
        string? link = null;
        foreach (var hyperlink in links)
        {
            var b = hyperlink.Bounds;
            var c = box.Centroid;
            if (c.X >= b.Left && c.X <= b.Right && c.Y >= b.Bottom && c.Y <= b.Top) link = hyperlink.Uri;
        }

        return new PdfWord(word.Text, bold, word.FontName ?? "", box.Left, size / Math.Max(1, word.Letters.Count),
            link);
    }

    /// <summary>Bold as the font says: its descriptor's weight or bold flag, or its name (Arial-BoldMT,
    /// Roboto-Black, ...).</summary>
    private static bool IsBold(Letter letter)
    {
        var font = letter.FontDetails;
        if (font is not null && (font.IsBold || font.Weight >= 600)) return true;
        var name = font?.Name ?? "";
        return name.Contains("bold", StringComparison.OrdinalIgnoreCase)
            || name.Contains("heavy", StringComparison.OrdinalIgnoreCase)
            || name.Contains("black", StringComparison.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<Hyperlink> Links(Page page)
    {
        try
        {
            return page.GetHyperlinks().Where(l => !string.IsNullOrEmpty(l.Uri)).ToList();
        }
        catch (InvalidOperationException)
        {
            return [];
        }
    }
}
