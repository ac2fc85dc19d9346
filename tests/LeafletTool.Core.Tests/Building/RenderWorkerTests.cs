using System.Buffers;
using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Building;

/// <summary>
/// What a renderer keeps from page to page is its worker's, never its thread's: a leaflet's pages are the same bytes
/// whichever worker or thread renders them, and whatever was rendered before.
/// </summary>
public class RenderWorkerTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly LeafletRenderer Renderer = new(RepoTemplates.Set);

    private static RenderRequest Sample() => Request("leaflets/cryotherapy-chronic-pain.yaml",
        Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml"));

    private static RenderRequest Small() => Request("leaflets/test-leaflet.yaml",
        TestLeaflet.WithParagraph("- See [the NHS website](https://www.nhs.uk) for more."));

    private static RenderRequest Request(string name, string yaml)
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText(name, yaml)).Leaflet!;
        var files = new FileLinks(leaflet.Slug + ".html", leaflet.Slug + ".print.html", null, leaflet.Slug + ".txt");
        return new RenderRequest(leaflet, ProjectConfig.Default, AsOf, false, files);
    }

    private static byte[] Page(RenderRequest request, PageFormat format, RenderWorker? worker)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Assert.Null(Renderer.RenderUtf8(request, format, null, bytes, worker));
        return bytes.WrittenSpan.ToArray();
    }

    /// <summary>Each page of each leaflet, rendered on its own with a fresh worker.</summary>
    private static Dictionary<(string, PageFormat), byte[]> AloneEach(params RenderRequest[] requests) =>
        requests.SelectMany(r => PageFormats.All.Select(f => (r, f)))
            .ToDictionary(p => (p.r.Leaflet.Slug, p.f), p => Page(p.r, p.f, null));

    [Fact]
    public void Two_leaflets_interleaved_on_one_worker_give_the_bytes_of_each_rendered_alone()
    {
        var (big, small) = (Sample(), Small());
        var alone = AloneEach(big, small);
        var worker = new RenderWorker();
        foreach (var format in PageFormats.All)
        {
            foreach (var request in new[] { big, small, big })
            {
                Assert.Equal(alone[(request.Leaflet.Slug, format)], Page(request, format, worker));
            }
        }

        Assert.Equal(alone[(small.Leaflet.Slug, PageFormat.Text)], Page(small, PageFormat.Text, worker));
        Assert.Equal(alone[(big.Leaflet.Slug, PageFormat.Print)], Page(big, PageFormat.Print, worker));
    }

    [Fact]
    public async Task The_same_leaflet_on_two_threads_at_once_gives_the_same_bytes_as_one_at_a_time()
    {
        var (big, small) = (Sample(), Small());
        var alone = AloneEach(big, small);
        var start = new Barrier(2);
        var threads = new[] { big, small }.Select(other => Task.Factory.StartNew(() =>
        {
            // Each thread has its own worker and renders the big leaflet between its pages of another.
            var worker = new RenderWorker();
            start.SignalAndWait();
            for (var round = 0; round < 20; round++)
            {
                foreach (var format in PageFormats.All)
                {
                    Assert.Equal(alone[(big.Leaflet.Slug, format)], Page(big, format, worker));
                    Assert.Equal(alone[(other.Leaflet.Slug, format)], Page(other, format, worker));
                }
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        await Task.WhenAll(threads);
    }

    [Fact]
    public void A_page_as_text_is_the_page_as_bytes_with_or_without_a_worker()
    {
        var request = Sample();
        var worker = new RenderWorker();
        foreach (var format in PageFormats.All)
        {
            var text = Renderer.Render(request, format, worker).Text!;
            Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text), Page(request, format, worker));
            Assert.Equal(text, Renderer.Render(request, format).Text);
        }
    }

    [Fact]
    public void The_pdf_page_is_the_print_page()
    {
        var request = Sample();
        Assert.Equal(Page(request, PageFormat.Print, null), Page(request, PageFormat.Pdf, new RenderWorker()));
    }
}
