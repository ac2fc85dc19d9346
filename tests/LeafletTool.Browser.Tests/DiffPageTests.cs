using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using LeafletTool.Cli.Tests;

namespace LeafletTool.Browser.Tests;

/// <summary>The page of <c>leaflet diff --format html</c>, for a committee pack: axe-clean (WCAG 2.2 AA) and its
/// changes announced to screen readers, not only coloured.</summary>
[Collection(BrowserCollection.Name)]
public class DiffPageTests(SiteFixture site)
{
    [Fact]
    public async Task The_html_diff_passes_wcag_2_2_aa_and_names_its_changes()
    {
        using var folder = new TempFolder();
        var sample = await File.ReadAllTextAsync(Path.Combine(Repository.Root(), "leaflets",
            "cryotherapy-chronic-pain.yaml"));
        folder.Write("old.yaml", sample);
        var edited = sample
            .Replace("5373/VER1", "5373/VER2", StringComparison.Ordinal)
            .Replace("there is a risk of bleeding, infection", "there is a small risk of bleeding or infection",
                StringComparison.Ordinal)
            .Replace("          - X-ray (or other image guidance) will be used.\n", "", StringComparison.Ordinal)
            .Replace("  - heading: Follow-up appointments", "  - heading: Your follow-up appointment",
                StringComparison.Ordinal);
        folder.Write("new.yaml", edited);
        var result = CliRunner.Run(folder.Path, "diff", "old.yaml", "new.yaml", "--format", "html");
        Assert.Equal(0, result.ExitCode);
        var file = folder.Write("diff.html", result.Out);

        var page = await site.Open(file);
        var axe = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
            },
        });
        // The text content, not innerText: innerText drops the space at the end of an absolutely placed span.
        var spoken = await page.Locator("main").TextContentAsync() ?? "";
        var inserted = await page.Locator("ins").CountAsync();
        var deleted = await page.Locator("del").CountAsync();
        await page.CloseAsync();
        Assert.True(axe.Violations.Length == 0, string.Join("\n", axe.Violations.Select(v => $"{v.Id}: {v.Help}")));
        Assert.Contains("inserted: small", spoken, StringComparison.Ordinal);
        Assert.Contains("deleted: X-ray (or other image guidance) will be used.", spoken, StringComparison.Ordinal);
        Assert.True(inserted >= 3 && deleted >= 3, $"{inserted} insertions, {deleted} deletions");
    }
}
