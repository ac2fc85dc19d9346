using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LeafletTool.Browser.Tests;

/// <summary>axe-core on every built page with the WCAG 2.x A and AA rules, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public class AccessibilityTests(SiteFixture site)
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
        },
    };

    private static readonly string[] Files =
    [
        "cryotherapy-chronic-pain.html", "cryotherapy-chronic-pain.print.html",
        "every-kind.html", "every-kind.print.html",
        "gofalu-am-eich-clwyf.html", "gofalu-am-eich-clwyf.print.html",
        "index.html",
        "wound-care-arabic.html", "wound-care-arabic.print.html",
    ];

    /// <summary>Every page at a small phone's width (320 px, WCAG 1.4.10 reflow) and a desktop's.</summary>
    public static TheoryData<string, int> Pages()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Files)
        {
            data.Add(file, 320);
            data.Add(file, 1280);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_built_page_passes_wcag_2_2_aa_without_scrolling_sideways(string file, int width)
    {
        Assert.Equal(Files, site.HtmlPages());
        var page = await site.Open(Path.Combine(site.Site, file), width);
        var result = await page.RunAxe(Wcag);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.CloseAsync();
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.NotEmpty(result.Passes);
        Assert.True(scrollWidth <= width, $"{file} is {scrollWidth} px wide at {width} px");
    }

    [Fact]
    public async Task The_large_print_page_passes_too()
    {
        var page = await site.Open(Path.Combine(site.LargePrint, "cryotherapy-chronic-pain.print.html"));
        var result = await page.RunAxe(Wcag);
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
    }

    [Fact]
    public async Task A_planted_violation_is_found()
    {
        var html = await File.ReadAllTextAsync(Path.Combine(site.Site, "cryotherapy-chronic-pain.html"));
        html = html.Replace("<h1>",
            "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><p style=\"color:#aaaaaa\">Faint text</p><h1>",
            StringComparison.Ordinal);
        var page = await site.Browser.NewPageAsync();
        await page.SetContentAsync(html);
        var result = await page.RunAxe(Wcag);
        Assert.Equal(["color-contrast", "image-alt"],
            result.Violations.Select(v => v.Id).Order(StringComparer.Ordinal));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n",
            violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at "
            + $"{string.Join(", ", v.Nodes.Select(n => n.Target))}"));
}
