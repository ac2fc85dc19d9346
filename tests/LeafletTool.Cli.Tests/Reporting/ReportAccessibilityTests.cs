using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LeafletTool.Cli.Tests.Reporting;

/// <summary>
/// The HTML report passes axe-core's WCAG 2.0–2.2 A and AA checks in headless Chromium, the same checks the
/// leaflets' pages pass. Chromium comes from the system (.ci/run installs it); LEAFLET_CHROMIUM names another one.
/// </summary>
public class ReportAccessibilityTests
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static string Chromium()
    {
        string?[] candidates = [Environment.GetEnvironmentVariable("LEAFLET_CHROMIUM"), "/usr/lib/chromium/chromium",
            "/usr/bin/chromium", "/usr/bin/chromium-browser"];
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("No Chromium found: install it (apt-get install chromium) or set "
            + "LEAFLET_CHROMIUM to its path.");
    }

    private static async Task<IReadOnlyList<string>> Violations(string html)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();
        await page.SetContentAsync(html);
        var result = await page.RunAxe(
            new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = WcagTags } });
        return result.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} element(s))").ToList();
    }

    [Fact]
    public async Task The_html_report_passes_the_wcag_checks()
    {
        var folder = Path.Combine(Golden.Cases(), "report");
        var html = CliRunner.Run(folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "html").Out;
        Assert.Empty(await Violations(html));

        // The same page with a planted fault fails, which shows the check runs.
        var faulty = html.Replace("<main>", "<main><p style=\"color:#bbbbbb\">Faint text</p>",
            StringComparison.Ordinal);
        Assert.Contains(await Violations(faulty), v => v.StartsWith("color-contrast", StringComparison.Ordinal));
    }
}
