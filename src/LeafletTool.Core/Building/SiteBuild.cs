using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Building;

/// <summary>
/// Builds a site: checks the leaflets exactly as a check does, renders every leaflet without errors in each format
/// asked for, and then the index, handing every page to an <see cref="IPageSink"/>. It reads no file and writes
/// none: the sink decides what becomes of the pages (files in a folder, or memory). The rendering is shared out
/// among workers, each with its own <see cref="RenderWorker"/> and buffers; nothing is kept per thread.
/// </summary>
/// <param name="sink">Where the pages go; null to check and choose without rendering (a configuration with
/// errors).</param>
public sealed class SiteBuild(LeafletRenderer renderer, SiteBuildOptions options, IPageSink? sink)
{
    private readonly BuildWorker.Pool workers = new(options.Formats.Count);
    private readonly Lock starting = new();
    private IndexRows index = new(0);
    private bool started;
    private int leaflets;

    /// <summary>How many leaflets were rendered.</summary>
    public int Leaflets => leaflets;

    /// <summary>Called once the first pass has gathered the corpus, before any leaflet is checked (for timing the
    /// build's phases).</summary>
    public Action? CorpusGathered { get; init; }

    /// <summary>
    /// Builds a site into <paramref name="sink"/> at once: checks and renders (<see cref="Run(LeafletValidator,
    /// IReadOnlyList{LeafletInput})"/>), then, unless that failed, writes the index. A template error in the index
    /// is the result's <see cref="SiteBuildResult.Failure"/>, as one in a leaflet is.
    /// </summary>
    public static SiteBuildResult Run(LeafletValidator validator, IReadOnlyList<LeafletInput> inputs,
        TemplateSet templates, SiteBuildOptions options, IPageSink sink)
    {
        var build = new SiteBuild(new LeafletRenderer(templates), options, sink);
        var result = build.Run(validator, inputs);
        if (result.Failure is not null || build.WriteIndex(result.IndexConfig) is not { } error) return result;
        return result with { Failures = [.. result.Failures, new BuildFailure(error)] };
    }

    /// <summary>
    /// Checks the inputs (the files asked about are the targets) and renders each leaflet to be built as soon as it is
    /// checked, so a leaflet is held only meanwhile. The index is not written yet: see <see cref="WriteIndex"/>.
    /// </summary>
    /// <param name="findings">Given each file's findings as soon as it is checked (from several threads, in no
    /// particular order), so that the build need not keep them: the result's findings are then empty. Null: the
    /// result has them all.</param>
    public SiteBuildResult Run(LeafletValidator validator, IReadOnlyList<LeafletInput> inputs,
        Action<IReadOnlyList<Diagnostic>>? findings = null)
    {
        var targets = SourceList.TargetsOf(inputs);
        index = new IndexRows(targets.Count);
        var passes = new BuildPasses(validator, targets, options, sink is null ? null : Render, Start, workers,
            findings)
        { CorpusGathered = CorpusGathered };
        return passes.Run(inputs);
    }

    /// <summary>Renders the index of every leaflet rendered and writes it; null, or the template error.</summary>
    public TemplateError? WriteIndex(ProjectConfig config)
    {
        if (sink is null) return null;
        Start();
        var view = IndexViewBuilder.Build(config, index.Entries(Files));
        TemplateError? error = null;
        sink.WriteLarge(PageFormats.IndexFile, PageFormat.Html,
            into => (error = renderer.RenderIndexUtf8(config, view, into)) is null);
        return error;
    }

    /// <summary>Starts the sink, once.</summary>
    private void Start()
    {
        lock (starting)
        {
            if (started) return;
            sink!.Start();
            started = true;
        }
    }

    /// <summary>
    /// Renders one leaflet in every format, then writes its pages: every page is rendered before any is written, so a
    /// template error leaves none of the leaflet's pages behind. Keeps of it only what the index needs.
    /// </summary>
    private void Render(BuildItem item, int place, BuildWorker worker)
    {
        var views = worker.Renderer.ViewsOf(item.Leaflet, item.Config, options.AsOf);
        var htmlView = views.For(InlineStyle.Html);
        var slug = item.Leaflet.Slug;
        var request = new RenderRequest(item.Leaflet, item.Config, options.AsOf, options.LargePrint, Files(slug));
        var buffers = worker.Buffers;
        var formats = options.Formats;
        var printAt = -1;
        for (var i = 0; i < formats.Count; i++)
        {
            buffers[i].ResetWrittenCount();
            if (formats[i] == PageFormat.Pdf && printAt >= 0) continue;
            var view = formats[i] == PageFormat.Html ? htmlView : null;
            if (renderer.RenderUtf8(request, formats[i], view, buffers[i], worker.Renderer) is { } error)
            {
                throw new BuildFailure(error);
            }

            if (formats[i] == PageFormat.Print) printAt = i;
        }

        // The index needs only the heading fields: keeping every page's body would hold the whole site in memory.
        index.Keep(place, htmlView);
        worker.Renderer.Forget();
        Interlocked.Increment(ref leaflets);
        for (var i = 0; i < formats.Count; i++)
        {
            var format = formats[i];
            var bytes = (format == PageFormat.Pdf && printAt >= 0 ? buffers[printAt] : buffers[i]).WrittenSpan;
            var published = format == PageFormat.Pdf ? item.Leaflet.PublishedDate?.FirstDay : null;
            sink!.Write(new SitePage(format.FileName(slug), format, bytes, slug, place, published));
        }
    }

    private FileLinks Files(string slug) =>
        new(Link(slug, PageFormat.Html), Link(slug, PageFormat.Print), Link(slug, PageFormat.Pdf),
            Link(slug, PageFormat.Text));

    private string? Link(string slug, PageFormat format) =>
        options.Formats.Contains(format) ? Uri.EscapeDataString(format.FileName(slug)) : null;
}
