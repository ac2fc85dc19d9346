using LeafletTool.Core.Building;
using LeafletTool.Core.Config;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Building;

/// <summary>A site built into memory: every page by its file name, the same whatever the number of workers.</summary>
public class MemoryPageSinkTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static IReadOnlyList<LeafletInput> Inputs() =>
    [
        new("leaflets/cryotherapy-chronic-pain.yaml", Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml"),
            ProjectConfig.Default, true),
        new("leaflets/test-leaflet.yaml", Own(TestLeaflet.Minimal, 1), ProjectConfig.Default, true),
        new("leaflets/broken.yaml", "title: [", ProjectConfig.Default, true),
        new("leaflets/other.yaml", Own(TestLeaflet.WithParagraph("- See [the NHS website](https://www.nhs.uk)."), 2),
            ProjectConfig.Default, true),
    ];

    /// <summary>The leaflet with a title and resource number of its own.</summary>
    private static string Own(string yaml, int number)
    {
        var titled = TestLeaflet.With(yaml, "title:", $"title: Leaflet number {number}");
        return TestLeaflet.With(titled, "resource_number:", $"resource_number: 100{number}/VER1");
    }

    private static (SiteBuildResult Result, MemoryPageSink Sink) Build(int jobs, params PageFormat[] formats)
    {
        var sink = new MemoryPageSink();
        var options = new SiteBuildOptions(formats, LargePrint: false, AsOf, jobs);
        return (SiteBuild.Run(LeafletValidator.Default, Inputs(), RepoTemplates.Set, options, sink), sink);
    }

    [Fact]
    public void Every_page_of_every_leaflet_without_errors_and_the_index_are_kept_by_file_name()
    {
        var (result, sink) = Build(1, PageFormat.Html, PageFormat.Print, PageFormat.Text);

        Assert.True(sink.Started);
        Assert.Null(result.Failure);
        Assert.Equal((3, 1), (result.Built, result.Skipped));
        Assert.Equal(
            [
                "cryotherapy-chronic-pain.html", "cryotherapy-chronic-pain.print.html", "cryotherapy-chronic-pain.txt",
                "index.html", "other.html", "other.print.html", "other.txt",
                "test-leaflet.html", "test-leaflet.print.html", "test-leaflet.txt",
            ],
            sink.Pages.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(PageFormat.Print, sink.Pages["other.print.html"].Format);
        Assert.Contains("href=\"test-leaflet.html\"", System.Text.Encoding.UTF8.GetString(sink.Read("index.html")!));
        Assert.Null(sink.Read("broken.html"));
    }

    [Fact]
    public void Many_workers_give_the_same_pages_as_one()
    {
        var (_, one) = Build(1, PageFormat.Html, PageFormat.Print, PageFormat.Text);
        var (_, four) = Build(4, PageFormat.Html, PageFormat.Print, PageFormat.Text);

        Assert.Equal(one.Pages.Keys.Order(), four.Pages.Keys.Order());
        foreach (var (name, page) in one.Pages) Assert.Equal(page.Bytes, four.Read(name));
    }

    [Fact]
    public void A_pdf_is_handed_over_as_the_print_page_to_print()
    {
        var (_, withPrint) = Build(2, PageFormat.Print, PageFormat.Pdf);
        var (_, pdfOnly) = Build(2, PageFormat.Pdf);

        Assert.Equal(PageFormat.Pdf, pdfOnly.Pages["other.pdf"].Format);
        Assert.Equal(withPrint.Read("other.print.html"), withPrint.Read("other.pdf"));
        Assert.Null(pdfOnly.Read("other.print.html"));
    }

    [Fact]
    public void A_configuration_with_errors_checks_without_rendering()
    {
        var build = new SiteBuild(new LeafletRenderer(RepoTemplates.Set),
            new SiteBuildOptions([PageFormat.Html], false, AsOf, 1), sink: null);
        var result = build.Run(LeafletValidator.Default, Inputs());

        Assert.Equal(0, build.Leaflets);
        Assert.Equal(3, result.Built);
        Assert.Equal(4, result.Diagnostics.Count);
    }
}
