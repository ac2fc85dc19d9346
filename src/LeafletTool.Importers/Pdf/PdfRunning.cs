using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Pdf;

/// <summary>
/// Running headers and footers: a line near the top or bottom of the page whose text (digits aside) stands at the
/// same height on most pages, and page numbers ("Page 2 of 4", "2/4") in those bands on any page. They are kept as
/// <see cref="SourcePart.Header"/> or <see cref="SourcePart.Footer"/> lines (the interpreter searches them for the
/// reference and dates); a page number standing alone ("2", "- 2 -") is dropped.
/// </summary>
internal static partial class PdfRunning
{
    /// <summary>The share of the page's height, at the top and at the bottom, where headers and footers stand.
    /// </summary>
    private const double Band = 0.12;

    public static void Mark(IReadOnlyList<PdfPage> pages)
    {
        var counts = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                if (Key(page, line) is { } key)
                {
                    if (!counts.TryGetValue(key, out var seen)) counts[key] = seen = [];
                    seen.Add(page.Number);
                }
            }
        }

        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                var part = PartOf(page, line);
                if (part == SourcePart.Body || Key(page, line) is not { } key) continue;
                var repeated = counts[key].Count >= 2 && counts[key].Count * 2 > pages.Count(p => p.Blocks.Count > 0);
                var pageNumber = PageNumber().IsMatch(line.Text) && IsThisPage(page, line.Text);
                if (!repeated && !pageNumber) continue;
                line.Part = part;
                line.Dropped = LonePageNumber().IsMatch(line.Text);
            }
        }
    }

    /// <summary>A number in the page's bands is its page number only when it is this page's, give or take a cover
    /// (a "999" that a heading wrapped into the footer band is text).</summary>
    private static bool IsThisPage(PdfPage page, string text)
    {
        var number = Digits().Match(text);
        return number.Success && int.TryParse(number.Value, out var n) && Math.Abs(n - page.Number) <= 1;
    }

    private static SourcePart PartOf(PdfPage page, PdfLine line) =>
        line.Bottom >= page.Height * (1 - Band) ? SourcePart.Header
        : line.Top <= page.Height * Band ? SourcePart.Footer
        : SourcePart.Body;

    private static string? Key(PdfPage page, PdfLine line)
    {
        var part = PartOf(page, line);
        if (part == SourcePart.Body) return null;
        var text = Digits().Replace(line.Text, "#").ToLowerInvariant();
        return FormattableString.Invariant($"{part}|{Math.Round(line.Bottom / 6)}|{text}");
    }

    [GeneratedRegex(@"^\W*(page\s+)?\d{1,4}(\s*(of|/)\s*\d{1,4})?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[\s\-–—]*\d{1,4}[\s\-–—]*$")]
    private static partial Regex LonePageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
