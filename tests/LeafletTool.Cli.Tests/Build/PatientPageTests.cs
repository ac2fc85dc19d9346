namespace LeafletTool.Cli.Tests.Build;

/// <summary>What a trust publishes: no review status on any page, the logo from the config, labels in Welsh.</summary>
public class PatientPageTests
{
    [Fact]
    public void No_built_page_says_overdue_or_review_status()
    {
        // The real leaflet is overdue as of the build's date.
        using var build = new SiteBuild();
        Assert.Equal(0, build.Run("leaflets", SiteBuild.Case("every-kind"), SiteBuild.Case("welsh")).ExitCode);
        foreach (var file in build.Files())
        {
            var page = build.Read(file);
            Assert.DoesNotContain("overdue", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("review status", page, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("Review date: June 2026", build.Read("cryotherapy-chronic-pain.html"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_welsh_leaflet_is_in_welsh_with_the_logo_embedded()
    {
        using var build = new SiteBuild();
        Assert.Equal(0, build.Run(SiteBuild.Case("welsh")).ExitCode);
        var html = build.Read("gofalu-am-eich-clwyf.html");
        Assert.Contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Bwrdd Iechyd Prifysgol Enghreifftiol\">", html, StringComparison.Ordinal);
        Assert.Contains("Dyddiad adolygu: Mai 2029", html, StringComparison.Ordinal);
        Assert.Contains("Tudalen \" counter(page) \" o \"", build.Read("gofalu-am-eich-clwyf.print.html"),
            StringComparison.Ordinal);
        Assert.Contains("Cysylltu â ni", build.Read("gofalu-am-eich-clwyf.txt"), StringComparison.Ordinal);
        // The page stays standalone: the logo is its only image, and nothing is linked in.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "src=\"").ToList());
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("logo: {file: missing.png, alt: Trust}\n", "does not exist")]
    [InlineData("logo: {file: notes.txt, alt: Trust}\n", "is not a PNG, JPEG or SVG image")]
    [InlineData("logo: {file: big.png, alt: Trust}\n", "a logo can be at most 200 KB")]
    [InlineData("logo: {file: notes.txt}\n", "\"logo\" needs \"alt:\"")]
    public void A_wrong_logo_is_a_config_error_on_its_line(string config, string message)
    {
        using var temp = new TempFolder();
        temp.Write("leaflettool.yaml", config);
        temp.Write("notes.txt", "not an image");
        File.WriteAllBytes(Path.Combine(temp.Path, "big.png"),
            [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[250 * 1024]]);
        temp.Write(Path.Combine("leaflets", "x.yaml"), ValidLeaflet.Yaml);
        var result = CliRunner.Run(temp.Path, "validate", "leaflets", "--as-of", "2026-01-15");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leaflettool.yaml:1:", result.Out, StringComparison.Ordinal);
        Assert.Contains(message, result.Out, StringComparison.Ordinal);
    }
}
