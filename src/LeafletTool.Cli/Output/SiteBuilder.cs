using System.Buffers;
using System.Collections.Concurrent;
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
/// Renders leaflets one at a time, as they are handed over (from several threads), in every asked-for format and
/// writes their files through the <see cref="OutputFolder"/>; keeps of each only what the index needs (its heading
/// fields) and, for PDFs, the page to print. Then prints the PDFs with one browser and writes the index.
/// A template error is a <see cref="ToolFailureException"/> (exit 3).
/// </summary>
/// <param name="outputPath">The output folder, full path: opened (made, cleared of temporary files, listed) when the first leaflet is rendered, else at the end.</param>
/// <param name="places">How many places the index has: a leaflet's place puts it in the index's order (ties of title keep it).</param>
public sealed class SiteBuilder(LeafletRenderer renderer, string outputPath, BuildOptions options, int places) : IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly IndexViewBuilder.Built?[] index = new IndexViewBuilder.Built?[places];
    private readonly ConcurrentBag<(string Page, string Pdf, DateOnly? Published, int Place)> pdfPages = [];
    private OutputFolder? output;
    private PdfPrinter? printer;
    private int leaflets;
    private int written;
    private int unchanged;

    /// <summary>The output folder, once opened.</summary>
    public OutputFolder Folder => output ?? throw new InvalidOperationException("The output folder is not open yet.");

    /// <summary>Opens the output folder and starts the browser when PDFs are asked for; call once, before the first leaflet is rendered.</summary>
    public async Task StartAsync(CancellationToken cancellation)
    {
        output = new OutputFolder(outputPath);
        if (options.Formats.Contains(BuildFormat.Pdf)) printer = await PdfPrinter.StartAsync(options.Chromium!, PdfTabs(), cancellation);
    }

    /// <summary>Renders one leaflet and writes its pages; safe to call from several threads, each leaflet at its own place.</summary>
    public void Render(BuildItem item, int place)
    {
        var htmlView = LeafletViewBuilder.Build(item.Leaflet, item.Config, options.AsOf, InlineStyle.Html);
        var slug = item.Leaflet.Slug;
        var request = new RenderRequest(item.Leaflet, item.Config, options.AsOf, options.LargePrint, Files(slug));

        // Every page is rendered before any is written, so a template error leaves none of the leaflet's files behind.
        var buffers = PageBuffers();
        ArrayBufferWriter<byte>? printPage = null;
        for (var i = 0; i < options.Formats.Count; i++)
        {
            var format = options.Formats[i];
            buffers[i].ResetWrittenCount();
            if (format == BuildFormat.Pdf) continue;
            Checked(renderer.RenderUtf8(request, format.Page(), format.Page() == PageFormat.Html ? htmlView : null, buffers[i]));
            if (format == BuildFormat.Print) printPage = buffers[i];
        }

        // The index needs only the heading fields: keeping every page's body until the end would hold the whole site in memory.
        index[place] = new IndexViewBuilder.Built(htmlView with { Summary = null, Sections = [], Contacts = [], OutOfHours = null }, Files(slug));
        Interlocked.Increment(ref leaflets);
        for (var i = 0; i < options.Formats.Count; i++)
        {
            if (options.Formats[i] != BuildFormat.Pdf) Count(Folder.Write(OutputNames.For(slug, options.Formats[i]), buffers[i].WrittenSpan));
        }

        if (printer is null) return;
        var pagePath = Path.Combine(printer.WorkFolder, slug + ".html");
        File.WriteAllText(pagePath, printPage is not null ? Utf8.GetString(printPage.WrittenSpan) : Checked(renderer.Render(request, PageFormat.Print)), Utf8);
        pdfPages.Add((pagePath, OutputNames.For(slug, BuildFormat.Pdf), item.Leaflet.PublishedDate?.FirstDay, place));
    }

    /// <summary>Prints the PDFs (in the index's order) and writes the index of every leaflet rendered.</summary>
    public async Task<BuildCounts> FinishAsync(ProjectConfig indexConfig, CancellationToken cancellation)
    {
        output ??= new OutputFolder(outputPath);
        if (printer is not null)
        {
            var pdfOptions = new ParallelOptions { MaxDegreeOfParallelism = PdfTabs(), CancellationToken = cancellation };
            await Parallel.ForEachAsync(pdfPages.OrderBy(p => p.Place), pdfOptions, async (page, token) =>
            {
                var pdf = await printer.PrintAsync(page.Page, token);
                Count(output.Write(page.Pdf, PdfUpdate.MarkUntaggedTextAsArtifacts(PdfDates.Fix(pdf, page.Published))));
            });
        }

        Count(output.Write(OutputNames.Index, Utf8.GetBytes(Checked(renderer.RenderIndex(indexConfig, index.OfType<IndexViewBuilder.Built>())))));
        output.Close();
        return new BuildCounts(leaflets, written, unchanged);
    }

    /// <summary>Stops the browser, if one was started, and tidies the output folder.</summary>
    public async ValueTask DisposeAsync()
    {
        output?.Close();
        if (printer is not null) await printer.DisposeAsync();
    }

    private FileLinks Files(string slug) => new(
        Link(slug, BuildFormat.Html), Link(slug, BuildFormat.Print), Link(slug, BuildFormat.Pdf), Link(slug, BuildFormat.Text));

    private string? Link(string slug, BuildFormat format) =>
        options.Formats.Contains(format) ? Uri.EscapeDataString(OutputNames.For(slug, format)) : null;

    private static string Checked(RenderResult result) =>
        result.Text ?? throw new ToolFailureException($"template error: {result.Error}");

    private static void Checked(TemplateError? error)
    {
        if (error is not null) throw new ToolFailureException($"template error: {error}");
    }

    // One buffer a format, kept by each thread from leaflet to leaflet: pages are rendered straight into UTF-8 bytes.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>[]? pageBuffers;

    private ArrayBufferWriter<byte>[] PageBuffers()
    {
        if (pageBuffers is null || pageBuffers.Length < options.Formats.Count)
        {
            pageBuffers = Enumerable.Range(0, options.Formats.Count).Select(_ => new ArrayBufferWriter<byte>(32 * 1024)).ToArray();
        }

        return pageBuffers;
    }

    private void Count(WriteOutcome outcome)
    {
        if (outcome == WriteOutcome.Written) Interlocked.Increment(ref written);
        else Interlocked.Increment(ref unchanged);
    }

    /// <summary>Tabs printing at once: 2 to 4, by the jobs asked for or the processors there are.</summary>
    private int PdfTabs() => Math.Clamp(options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount, 2, 4);
}
