using System.Collections.Concurrent;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Pdf;
using LeafletTool.Cli.Progress;
using LeafletTool.Core.Building;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Output;

/// <summary>
/// Writes a site build's pages as files through the <see cref="OutputFolder"/> (atomic writes, unchanged files left
/// alone), counting those written and unchanged; keeps, for PDFs, the page to print, and prints them with one
/// browser at the end (<see cref="PrintPdfsAsync"/>), in the order of the files asked about.
/// A failure to write is a <see cref="ToolFailureException"/> (exit 3).
/// </summary>
/// <param name="outputPath">
/// The output folder, full path: opened (made, locked, cleared of temporary files, listed) when the build starts
/// writing.
/// </param>
/// <param name="notes">Where to say that the build waits for another one writing into the folder.</param>
public sealed class FilePageSink(string outputPath, BuildOptions options, TextWriter? notes = null)
    : IPageSink, IAsyncDisposable
{
    /// <summary>Files written from which a build collects its garbage before the index: 20,000 leaflets in three
    /// formats.</summary>
    private const int LargeLibraryFiles = 60_000;

    private readonly ConcurrentBag<(string Page, string Pdf, DateOnly? Published, int Place)> pdfPages = [];
    private OutputFolder? output;
    private PdfPrinter? printer;
    private int written;
    private int unchanged;

    /// <summary>The output folder, once opened.</summary>
    public OutputFolder Folder => output ?? throw new InvalidOperationException("The output folder is not open yet.");

    public int Written => written;

    public int Unchanged => unchanged;

    /// <summary>How many PDFs there are to print.</summary>
    public int PdfCount => pdfPages.Count;

    /// <summary>Opens the output folder and starts the browser when PDFs are asked for.</summary>
    public void Start()
    {
        output = new OutputFolder(outputPath, notes);
        if (options.Formats.Contains(PageFormat.Pdf))
        {
            var starting = PdfPrinter.StartAsync(options.Chromium!, PdfTabs(), CancellationToken.None);
            printer = starting.GetAwaiter().GetResult();
        }
    }

    /// <summary>Writes a page; a PDF's page is kept in the browser's work folder, to be printed at the end.</summary>
    public void Write(in SitePage page)
    {
        if (page.Format != PageFormat.Pdf)
        {
            Count(Folder.Write(page.Name, page.Bytes));
            return;
        }

        var pagePath = Path.Combine(printer!.WorkFolder, page.Slug + ".html");
        try
        {
            File.WriteAllBytes(pagePath, page.Bytes);
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            throw new ToolFailureException($"cannot write the page to print '{pagePath}': {AtomicFile.Describe(e)}");
        }
        pdfPages.Add((pagePath, page.Name, page.Published, page.Place));
    }

    /// <summary>Writes a page too large to hold whole (the index) as it is rendered, a megabyte at a time.</summary>
    public void WriteLarge(string name, PageFormat format, Func<System.Buffers.IBufferWriter<byte>, bool> render)
    {
        // The index is written a megabyte at a time, but sorting and reading 100,000 rows, and then the finish,
        // still allocate tens of megabytes at once (the heap grows about 60 MB after this collection): for a large
        // library, give back first what the build's passes left, so that this comes on top of what is kept, not of
        // their garbage (100,000 varied leaflets: peak 290 MB without this collection, 200-220 MB with it).
        if (Folder.FileCount >= LargeLibraryFiles) GC.Collect(2, GCCollectionMode.Aggressive, true, true);
        if (Folder.WriteLarge(name, render) is { } outcome) Count(outcome);
    }

    /// <summary>Prints the PDFs, in the order of the files asked about, and writes them.</summary>
    public async Task PrintPdfsAsync(CancellationToken cancellation, ProgressLine? progress = null)
    {
        if (printer is null) return;
        var pdfOptions = new ParallelOptions { MaxDegreeOfParallelism = PdfTabs(), CancellationToken = cancellation };
        await Parallel.ForEachAsync(pdfPages.OrderBy(p => p.Place), pdfOptions, async (page, token) =>
        {
            var pdf = await printer.PrintAsync(page.Page, token);
            Count(Folder.Write(page.Pdf, PdfUpdate.MarkUntaggedTextAsArtifacts(PdfDates.Fix(pdf, page.Published))));
            progress?.Advance();
        });
    }

    /// <summary>Stops the browser, if one was started, and tidies and releases the output folder.</summary>
    public async ValueTask DisposeAsync()
    {
        output?.Close();
        if (printer is not null) await printer.DisposeAsync();
    }

    private void Count(WriteOutcome outcome)
    {
        if (outcome == WriteOutcome.Written) Interlocked.Increment(ref written);
        else Interlocked.Increment(ref unchanged);
    }

    /// <summary>Tabs printing at once: 2 to 4, by the jobs asked for or the processors there are.</summary>
    private int PdfTabs() => Math.Clamp(options.Jobs > 0 ? options.Jobs : Environment.ProcessorCount, 2, 4);
}
