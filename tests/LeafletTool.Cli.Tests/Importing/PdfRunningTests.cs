using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers.Pdf;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>Running headers and footers on made-up pages (A4, 842 points high; y upwards).</summary>
public class PdfRunningTests
{
    private static PdfLine Line(string text, double bottom, int number) =>
        new(text.Split(' ').Select(w => new PdfWord(w, false, "F", 60, 10, null)).ToList(), 60, 300, bottom + 10,
            bottom, 10, number)
        { Baseline = bottom };

    private static PdfPage Page(int number, params PdfLine[] lines) =>
        new(number, 842, lines.Select(l => new PdfBlock([l], 60, 300)).ToList(), 0);

    [Fact]
    public void Repeated_lines_at_the_top_and_bottom_are_headers_and_footers_and_lone_page_numbers_are_dropped()
    {
        var pages = Enumerable.Range(1, 4).Select(n => Page(n,
            Line(n == 1 ? "Cover line only once" : "Ward 7 patient information", 800, 1),
            Line($"Body text of page {n}", 500, 2),
            Line($"Ref: ABC/{n}23 Issued: May 2024", 40, 3),
            Line($"- {n} -", 20, 4))).ToList();
        PdfRunning.Mark(pages);
        var lines = pages.SelectMany(p => p.Lines).ToList();
        Assert.Equal(SourcePart.Body, lines[0].Part);
        Assert.All(lines.Where(l => l.Text.StartsWith("Ward", StringComparison.Ordinal)),
            l => Assert.Equal(SourcePart.Header, l.Part));
        Assert.All(lines.Where(l => l.Text.StartsWith("Body", StringComparison.Ordinal)),
            l => Assert.Equal(SourcePart.Body, l.Part));
        Assert.All(lines.Where(l => l.Text.StartsWith("Ref", StringComparison.Ordinal)),
            l => Assert.Equal((SourcePart.Footer, false), (l.Part, l.Dropped)));
        Assert.All(lines.Where(l => l.Text.StartsWith('-')), l => Assert.True(l.Dropped));
    }

    [Fact]
    public void A_page_number_line_is_a_footer_even_on_one_page_and_text_near_the_edge_once_is_body()
    {
        var pages = new List<PdfPage> { Page(1, Line("Page 1 of 1", 20, 1), Line("A closing sentence.", 60, 2)) };
        PdfRunning.Mark(pages);
        Assert.Equal([(SourcePart.Footer, false), (SourcePart.Body, false)],
            pages[0].Lines.Select(l => (l.Part, l.Dropped)));
    }

    [Fact]
    public void A_number_in_the_footer_band_that_is_not_the_page_number_is_text()
    {
        // Chromium printed a heading "… or phone" / "999" with its second line at the foot of page 2.
        var pages = Enumerable.Range(1, 3).Select(n => Page(n, Line($"Body text of page {n}", 500, 1))).ToList();
        pages[1] = Page(2, Line("Body text of page 2", 500, 1), Line("999", 30, 2));
        PdfRunning.Mark(pages);
        var number = pages[1].Lines.Last();
        Assert.Equal((SourcePart.Body, false), (number.Part, number.Dropped));
    }
}
