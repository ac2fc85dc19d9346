using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Prints pages to tagged PDFs with one headless Chromium for the whole build, several tabs at once, over the
/// DevTools protocol (<c>Page.printToPDF</c> with <c>generateTaggedPDF</c> and <c>generateDocumentOutline</c>).
/// Disposing it stops the browser and removes its temporary profile.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);

    private readonly ChromiumProcess chromium;
    private readonly DevToolsConnection connection;
    private readonly Channel<string> tabs = Channel.CreateUnbounded<string>();

    private PdfPrinter(ChromiumProcess chromium, DevToolsConnection connection)
    {
        this.chromium = chromium;
        this.connection = connection;
    }

    /// <summary>A temporary folder for the pages to print; removed with the browser.</summary>
    public string WorkFolder => chromium.WorkFolder;

    /// <summary>Starts the browser and opens <paramref name="tabCount"/> tabs. Failures are
    /// <see cref="ToolFailureException"/>s.</summary>
    public static async Task<PdfPrinter> StartAsync(string executable, int tabCount, CancellationToken cancellation)
    {
        var chromium = await ChromiumProcess.StartAsync(executable, cancellation);
        DevToolsConnection? connection = null;
        try
        {
            connection = await DevToolsConnection.ConnectAsync(chromium.DevToolsEndpoint!, cancellation);
            var printer = new PdfPrinter(chromium, connection);
            for (var i = 0; i < Math.Max(1, tabCount); i++) await printer.OpenTab(cancellation);
            return printer;
        }
        catch (Exception e) when (e is IOException or System.Net.WebSockets.WebSocketException)
        {
            if (connection is not null) await connection.DisposeAsync();
            await chromium.DisposeAsync();
            throw new ToolFailureException($"could not talk to the browser: {e.Message}{chromium.LastError()}");
        }
    }

    private async Task OpenTab(CancellationToken cancellation)
    {
        var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null,
            cancellation);
        var attached = await connection.SendAsync("Target.attachToTarget",
            new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, null,
            cancellation);
        var session = attached.GetProperty("sessionId").GetString()!;
        await connection.SendAsync("Page.enable", null, session, cancellation);
        tabs.Writer.TryWrite(session);
    }

    /// <summary>Prints a standalone HTML file to PDF bytes, using the page's own <c>@page</c> size and
    /// margins.</summary>
    public async Task<byte[]> PrintAsync(string htmlFile, CancellationToken cancellation)
    {
        var session = await tabs.Reader.ReadAsync(cancellation);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(PageTimeout);
        try
        {
            var loaded = connection.NextEvent("Page.loadEventFired", session);
            var navigation = await connection.SendAsync("Page.navigate",
                new JsonObject { ["url"] = new Uri(htmlFile).AbsoluteUri }, session, timeout.Token);
            if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } text)
            {
                throw new IOException($"the browser could not open the page: {text}");
            }

            await loaded.WaitAsync(timeout.Token);
            await connection.SendAsync("Runtime.evaluate",
                new JsonObject { ["expression"] = "document.fonts.ready.then(() => true)", ["awaitPromise"] = true },
                session, timeout.Token);
            var pdf = await connection.SendAsync("Page.printToPDF", PrintOptions(), session, timeout.Token);
            return Convert.FromBase64String(pdf.GetProperty("data").GetString()!);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            throw new ToolFailureException($"the browser took more than {PageTimeout.TotalSeconds:0} seconds to print "
                + $"{Path.GetFileName(htmlFile)}{chromium.LastError()}");
        }
        catch (IOException) when (chromium.Interrupted)
        {
            throw new ToolFailureException("the build was stopped; the PDFs printed so far are complete, the rest were "
                + "not written");
        }
        catch (IOException e)
        {
            throw new ToolFailureException($"printing {Path.GetFileName(htmlFile)} failed: "
                + $"{e.Message}{chromium.LastError()}");
        }
        finally
        {
            tabs.Writer.TryWrite(session);
        }
    }

    private static JsonObject PrintOptions() => new()
    {
        ["generateTaggedPDF"] = true,
        ["generateDocumentOutline"] = true,
        ["preferCSSPageSize"] = true,
        ["printBackground"] = true,
        ["displayHeaderFooter"] = false,
        ["transferMode"] = "ReturnAsBase64",
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await connection.SendAsync("Browser.close", null, null, quick.Token);
        }
        catch (Exception e) when (
            e is IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            // It is killed below either way.
        }

        await connection.DisposeAsync();
        await chromium.DisposeAsync();
    }
}
