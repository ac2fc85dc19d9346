namespace LeafletTool.Cli.Tests.Build;

/// <summary>Every format of the real leaflet and of crafted ones, built as of 2026-11-23, against committed
/// files.</summary>
public class BuildGoldenTests
{
    [Fact]
    public void The_real_leaflet()
    {
        using var build = new SiteBuild();
        var result = build.Run("leaflets");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["cryotherapy-chronic-pain.html", "cryotherapy-chronic-pain.print.html", "cryotherapy-chronic-pain.txt",
            "index.html"], build.Files());
        Golden.Verify(build.Read("cryotherapy-chronic-pain.html"), "real.cryotherapy-chronic-pain", "html");
        Golden.Verify(build.Read("cryotherapy-chronic-pain.print.html"), "real.cryotherapy-chronic-pain.print", "html");
        Golden.Verify(build.Read("cryotherapy-chronic-pain.txt"), "real.cryotherapy-chronic-pain", "txt");
        Golden.Verify(build.Read("index.html"), "real.index", "html");
    }

    [Fact]
    public void Every_block_kind_inline_markup_special_characters_and_long_words()
    {
        using var build = new SiteBuild();
        var result = build.Run(SiteBuild.Case("every-kind"));
        Assert.Equal(0, result.ExitCode);
        Golden.Verify(build.Read("every-kind.html"), "every-kind", "html");
        Golden.Verify(build.Read("every-kind.print.html"), "every-kind.print", "html");
        Golden.Verify(build.Read("every-kind.txt"), "every-kind", "txt");
        Golden.Verify(build.Read("index.html"), "every-kind.index", "html");
    }

    [Fact]
    public void A_right_to_left_language()
    {
        using var build = new SiteBuild();
        var result = build.Run(SiteBuild.Case("rtl"));
        Assert.Equal(0, result.ExitCode);
        Golden.Verify(build.Read("wound-care-arabic.html"), "rtl", "html");
        Golden.Verify(build.Read("wound-care-arabic.print.html"), "rtl.print", "html");
        Golden.Verify(build.Read("wound-care-arabic.txt"), "rtl", "txt");
    }

    [Fact]
    public void A_welsh_leaflet_with_the_trusts_logo_and_urgent_advice()
    {
        using var build = new SiteBuild();
        var result = build.Run(SiteBuild.Case("welsh"));
        Assert.Equal(0, result.ExitCode);
        Golden.Verify(build.Read("gofalu-am-eich-clwyf.html"), "welsh", "html");
        Golden.Verify(build.Read("gofalu-am-eich-clwyf.print.html"), "welsh.print", "html");
        Golden.Verify(build.Read("gofalu-am-eich-clwyf.txt"), "welsh", "txt");
        Golden.Verify(build.Read("index.html"), "welsh.index", "html");
    }

    [Fact]
    public void Large_print()
    {
        using var build = new SiteBuild();
        var result = build.Run("leaflets", "--formats", "print", "--large-print");
        Assert.Equal(0, result.ExitCode);
        Golden.Verify(build.Read("cryotherapy-chronic-pain.print.html"), "real.cryotherapy-chronic-pain.large-print",
            "html");
    }
}
