using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using System.Text;
using LeafletTool.Cli.Pdf;
using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Cli.Output;

/// <summary>What a build was asked for, besides the leaflets.</summary>
public sealed record BuildOptions(IReadOnlyList<BuildFormat> Formats, bool LargePrint, DateOnly AsOf, int Jobs, string? Chromium);

/// <summary>A leaflet that passed validation, with the name diagnostics use for it and the configuration that governs it.</summary>
public sealed record BuildItem(string File, Leaflet Leaflet, ProjectConfig Config);

/// <summary>How many leaflets were built and how many files were written or left as they were.</summary>
public sealed record BuildCounts(int Leaflets, int Written, int Unchanged);

/// <summary>
/// Renders each leaflet in every asked-for format, prints the PDFs with one browser, writes the index,
/// and writes every file through the <see cref="OutputFolder"/>. A template error stops the build (exit 3).
/// </summary>
public sealed class SiteBuilder(LeafletRenderer renderer, OutputFolder output, BuildOptions options)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private int written;
    private int unchanged;

    public async Task<BuildCounts> BuildAsync(IReadOnlyList<BuildItem> items, ProjectConfig indexConfig, CancellationToken cancellation)
    {
        var wantsPdf = options.Formats.Contains(BuildFormat.Pdf);
        var printerStart = wantsPdf && items.Count > 0 ? PdfPrinter.StartAsync(options.Chromium!, PdfTabs(), cancellation) : null;
        try
        {
            var pdfPages = new ConcurrentBag<(string Page, string Pdf, int Index)>();
            var views = new LeafletView[items.Count];
            var printer = printerStart is null ? null : await printerStart;
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount, CancellationToken = cancellation };
            // The first leaflet on its own: a template error then stops the build before any other file is written.
            if (items.Count > 0) RenderLeaflet(items, views, printer, pdfPages, 0);
            RenderRest(items, views, printer, pdfPages, parallel);

            if (printer is not null)
            {
                var pdfOptions = new ParallelOptions { MaxDegreeOfParallelism = PdfTabs(), CancellationToken = cancellation };
                await Parallel.ForEachAsync(pdfPages.OrderBy(p => p.Index), pdfOptions, async (page, token) =>
                {
                    var pdf = await printer.PrintAsync(page.Page, token);
                    Count(output.Write(page.Pdf, PdfUpdate.MarkUntaggedTextAsArtifacts(PdfDates.Fix(pdf, items[page.Index].Leaflet.PublishedDate?.FirstDay))));
                });
            }

            var built = items.Select((item, i) => new IndexViewBuilder.Built(views[i], Files(item.Leaflet.Slug)));
            Count(output.Write(OutputNames.Index, Utf8.GetBytes(Checked(renderer.RenderIndex(indexConfig, built)))));
            return new BuildCounts(items.Count, written, unchanged);
        }
        finally
        {
            if (printerStart is not null)
            {
                try
                {
                    await (await printerStart).DisposeAsync();
                }
                catch (ToolFailureException)
                {
                    // The browser never started; its failure is already on its way up.
                }
            }
        }
    }

    private void RenderRest(IReadOnlyList<BuildItem> items, LeafletView[] views, PdfPrinter? printer, ConcurrentBag<(string, string, int)> pdfPages, ParallelOptions parallel)
    {
        try
        {
            Parallel.For(1, items.Count, parallel, i => RenderLeaflet(items, views, printer, pdfPages, i));
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions.FirstOrDefault(x => x is ToolFailureException) ?? e.InnerExceptions[0]).Throw();
        }
    }

    private void RenderLeaflet(IReadOnlyList<BuildItem> items, LeafletView[] views, PdfPrinter? printer, ConcurrentBag<(string, string, int)> pdfPages, int index)
    {
        var item = items[index];
        var htmlView = LeafletViewBuilder.Build(item.Leaflet, item.Config, options.AsOf, InlineStyle.Html);
        var slug = item.Leaflet.Slug;
        var request = new RenderRequest(item.Leaflet, item.Config, options.AsOf, options.LargePrint, Files(slug));
        var pages = options.Formats.Where(f => f != BuildFormat.Pdf)
            .Select(f => (Format: f, Text: Checked(f.Page() == PageFormat.Html ? renderer.Render(request, PageFormat.Html, htmlView) : renderer.Render(request, f.Page()))))
            .ToList();

        // The index needs only the heading fields: keeping every page's body until the end would hold the whole site in memory.
        views[index] = htmlView with { Summary = null, Sections = [], Contacts = [], OutOfHours = null };
        foreach (var (format, text) in pages) Count(output.Write(OutputNames.For(slug, format), Utf8.GetBytes(text)));
        var printPage = pages.Where(p => p.Format == BuildFormat.Print).Select(p => p.Text).FirstOrDefault();

        if (printer is null) return;
        var pagePath = Path.Combine(printer.WorkFolder, slug + ".html");
        File.WriteAllText(pagePath, printPage ?? Checked(renderer.Render(request, PageFormat.Print)), Utf8);
        pdfPages.Add((pagePath, OutputNames.For(slug, BuildFormat.Pdf), index));
    }

    private FileLinks Files(string slug) => new(
        Link(slug, BuildFormat.Html), Link(slug, BuildFormat.Print), Link(slug, BuildFormat.Pdf), Link(slug, BuildFormat.Text));

    private string? Link(string slug, BuildFormat format) =>
        options.Formats.Contains(format) ? Uri.EscapeDataString(OutputNames.For(slug, format)) : null;

    private static string Checked(RenderResult result) =>
        result.Text ?? throw new ToolFailureException($"template error: {result.Error}");

    private void Count(WriteOutcome outcome)
    {
        if (outcome == WriteOutcome.Written) Interlocked.Increment(ref written);
        else Interlocked.Increment(ref unchanged);
    }

    /// <summary>Tabs printing at once: 2 to 4, by the jobs asked for or the processors there are.</summary>
    private int PdfTabs() => Math.Clamp(options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount, 2, 4);
}
