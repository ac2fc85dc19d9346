using System.Reflection;
using LeafletTool.Cli.Pdf;
using LeafletTool.Cli.Tests;
using Microsoft.Playwright;

namespace LeafletTool.Browser.Tests;

/// <summary>
/// One browser for the whole collection, and the sites it checks, each built once: the real leaflet with the
/// crafted ones in every format (PDF included), and the real leaflet in large print. Without Chromium every test
/// in the collection fails with a message saying how to install it.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string AsOf = "2026-11-23";

    public const string MissingChromium =
        "Chromium is missing, so the accessibility and PDF checks cannot run. Install it (Debian or Ubuntu: "
        + "apt-get install chromium fonts-dejavu-core fonts-liberation), or set LEAFLET_CHROMIUM to a Chromium, Chrome "
        + "or Edge.";

    private readonly TempFolder temp = new();
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Chromium { get; private set; } = "";

    /// <summary>The real leaflet, every-kind, rtl and welsh (a logo and urgent advice), built with --formats
    /// all.</summary>
    public string Site => Path.Combine(temp.Path, "site");

    /// <summary>The real leaflet's print page and PDF in large print.</summary>
    public string LargePrint => Path.Combine(temp.Path, "large");

    public async Task InitializeAsync()
    {
        Chromium = ChromiumLocator.Find(null, Environment.GetEnvironmentVariable)
            ?? throw new InvalidOperationException(MissingChromium);
        Build(Site, "--formats", "all", "leaflets", Case("every-kind"), Case("rtl"), Case("welsh"));
        Build(LargePrint, "--formats", "print,pdf", "--large-print", "leaflets");

        UsePlaywrightFromPackage();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public static string Case(string name) => Path.Combine(CliRunner.TestsRoot(), "Cases", "build", name);

    /// <summary>Every HTML page of the main site: four leaflets' web and clear-print pages, and the index.</summary>
    public IEnumerable<string> HtmlPages() =>
        Directory.GetFiles(Site, "*.html").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public async Task<IPage> Open(string file, int width = 1280)
    {
        var page = await Browser.NewPageAsync(
            new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        return page;
    }

    private static void Build(string output, params string[] args)
    {
        var result = CliRunner.Run(Repository.SeedRoot(),
            ["build", .. args, "--templates", Path.Combine(Repository.Root(), "templates"), "--out", output, "--as-of",
            AsOf]);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"The build for the browser tests failed ({result.ExitCode}): "
                + $"{result.Error}{result.Out}");
    }

    /// <summary>
    /// The project builds with PlaywrightPlatform=none, so Playwright's driver is not copied into bin;
    /// it is run from the NuGet package folder instead (its own Node, unless PLAYWRIGHT_NODEJS_PATH says otherwise).
    /// </summary>
    private static void UsePlaywrightFromPackage()
    {
        if (Environment.GetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH") is { Length: > 0 }) return;
        var package = typeof(SiteFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "PlaywrightPackage")?.Value;
        if (string.IsNullOrEmpty(package) || !Directory.Exists(Path.Combine(package, ".playwright")))
        {
            throw new InvalidOperationException($"Playwright's driver is not in its package folder ('{package}'); run "
                + "'dotnet restore'.");
        }

        // Process-wide, but Playwright reads its driver's folder only from the environment; set once, before any
        // test of this assembly starts Playwright, and only when unset: every browser test is in BrowserCollection.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_DRIVER_SEARCH_PATH", package);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        playwright?.Dispose();
        temp.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "browser";
}
