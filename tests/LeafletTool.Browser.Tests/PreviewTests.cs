using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LeafletTool.Cli.Tests;
using LeafletTool.Cli.Tests.Serve;
using Microsoft.Playwright;

namespace LeafletTool.Browser.Tests;

/// <summary>Issue 17: the live preview in a real browser: axe-clean with its panel, keyboard usable, and updated by
/// itself when a leaflet is saved.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewTests(SiteFixture site) : IDisposable
{
    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
        },
    };

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private PreviewHost Host()
    {
        var seed = Path.Combine(Repository.SeedRoot(), "leaflets");
        foreach (var file in Directory.GetFiles(seed))
        {
            File.Copy(file, Path.Combine(Directory.CreateDirectory(Path.Combine(folder.Path, "leaflets")).FullName,
                Path.GetFileName(file)));
        }

        return new PreviewHost(folder);
    }

    [Theory]
    [InlineData("cryotherapy-chronic-pain.html")]
    [InlineData("cryotherapy-chronic-pain.print.html")]
    [InlineData("")]
    public async Task A_preview_page_with_its_panel_passes_wcag_2_2_aa(string path)
    {
        using var host = Host();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Client.BaseAddress!, path).AbsoluteUri);

        var result = await page.RunAxe(Wcag);

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} at "
                + string.Join(", ", v.Nodes.Select(n => n.Target)))));
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_finding_is_reached_by_keyboard_and_marks_its_words_in_the_page()
    {
        using var host = Host();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Client.BaseAddress!, "cryotherapy-chronic-pain.html").AbsoluteUri);

        var button = page.Locator(".preview-finding[data-words='cyrotherapy']");
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var mark = page.Locator("mark.preview-mark");
        Assert.Equal("cyrotherapy", await mark.TextContentAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_saved_leaflet_updates_the_open_page_without_a_manual_reload()
    {
        using var host = Host();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(new Uri(host.Client.BaseAddress!, "cryotherapy-chronic-pain.html").AbsoluteUri);
        var file = Path.Combine(folder.Path, "leaflets", "cryotherapy-chronic-pain.yaml");

        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace(
            "title: Cryotherapy to treat chronic pain", "title: Freezing treatment for chronic pain",
            StringComparison.Ordinal));

        await page.WaitForFunctionAsync(
            "() => document.querySelector('h1') && document.querySelector('h1').textContent.includes('Freezing')",
            null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.CloseAsync();
    }
}
