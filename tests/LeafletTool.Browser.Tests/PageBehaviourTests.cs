using Microsoft.Playwright;

namespace LeafletTool.Browser.Tests;

/// <summary>What axe does not check: reflow at 320 px, a visible focus, nothing run or fetched, one h1 and headings in
/// order.</summary>
[Collection(BrowserCollection.Name)]
public class PageBehaviourTests(SiteFixture site)
{
    public static TheoryData<string> Pages() => new(
        "cryotherapy-chronic-pain.html", "cryotherapy-chronic-pain.print.html", "every-kind.html",
        "every-kind.print.html", "gofalu-am-eich-clwyf.html", "gofalu-am-eich-clwyf.print.html",
        "wound-care-arabic.html", "wound-care-arabic.print.html", "index.html");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Reflows_to_320_pixels_without_scrolling_sideways(string file)
    {
        var page = await site.Open(Path.Combine(site.Site, file), width: 320);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.CloseAsync();
        Assert.True(width <= 320, $"{file} is {width} px wide at a 320 px viewport");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task One_h1_and_headings_never_skip_a_level(string file)
    {
        var page = await site.Open(Path.Combine(site.Site, file));
        var levels = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => "
            + "+h.tagName[1])");
        await page.CloseAsync();
        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Length; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i - 1]} is followed by h{levels[i]}");
    }

    [Theory]
    [InlineData("cryotherapy-chronic-pain.html", 1)]
    [InlineData("index.html", 2)]
    public async Task The_keyboard_focus_is_plain_to_see(string file, int tabs)
    {
        var page = await site.Open(Path.Combine(site.Site, file));
        var before = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('main "
            + "a')).backgroundColor");
        for (var i = 0; i < tabs; i++) await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string[]>(
            "[document.activeElement.tagName, getComputedStyle(document.activeElement).backgroundColor, "
            + "getComputedStyle(document.activeElement).boxShadow]");
        await page.CloseAsync();
        Assert.Equal("A", focused[0]);
        Assert.NotEqual(before, focused[1]);
        Assert.Equal("rgb(255, 235, 59)", focused[1]);
        Assert.Contains("rgb(33, 43, 50)", focused[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_index_lists_each_leaflet_whole_at_320_pixels_and_its_first_link_shows_focus()
    {
        var page = await site.Open(Path.Combine(site.Site, "index.html"), width: 320);
        var clipped = await page.EvaluateAsync<int>(
            "[...document.querySelectorAll('.leaflet-item')].filter(e => e.getBoundingClientRect().right > 320)"
            + ".length");
        await page.Keyboard.PressAsync("Tab");
        var focused = await page.EvaluateAsync<string[]>(
            "[document.activeElement.closest('p').className, "
            + "getComputedStyle(document.activeElement).backgroundColor]");
        await page.CloseAsync();
        Assert.Equal(0, clipped);
        Assert.Equal(["leaflet-title", "rgb(255, 235, 59)"], focused);
    }

    [Fact]
    public async Task A_script_in_the_text_is_shown_and_never_run()
    {
        var page = await site.Browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync(new Uri(Path.Combine(site.Site, "every-kind.html")).AbsoluteUri);
        var scripts = await page.EvaluateAsync<int>("document.scripts.length");
        var text = await page.InnerTextAsync("main");
        await page.CloseAsync();
        Assert.Equal(0, scripts);
        Assert.Equal(0, dialogs);
        Assert.Contains("<script>alert(\"x\")</script> and <b>not bold</b>", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Standalone_pages_fetch_nothing(string file)
    {
        var page = await site.Browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var url = new Uri(Path.Combine(site.Site, file)).AbsoluteUri;
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.CloseAsync();
        Assert.Equal([url], requests);
    }
}
