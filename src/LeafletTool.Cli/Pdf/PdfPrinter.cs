using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Prints pages to tagged PDFs with one headless Chromium for the whole build, several tabs at once, over the
/// DevTools protocol (<c>Page.printToPDF</c> with <c>generateTaggedPDF</c> and <c>generateDocumentOutline</c>).
/// Each page may load only itself (<see cref="IsAllowed"/>); a tab whose renderer crashes, or a browser that stops,
/// fails the print at once. Disposing it stops the browser and removes its temporary profile.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

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
        var connection = new DevToolsConnection(chromium.Transport);
        var printer = new PdfPrinter(chromium, connection);
        using var startup = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        startup.CancelAfter(StartTimeout);
        try
        {
            // The first reply says the browser is up; from then on it reports crashed tabs (Target.targetCrashed).
            await connection.SendAsync("Target.setDiscoverTargets", new JsonObject { ["discover"] = true }, null,
                startup.Token);
            connection.On("Fetch.requestPaused", printer.Filter);
            for (var i = 0; i < Math.Max(1, tabCount); i++) await printer.OpenTab(startup.Token);
            return printer;
        }
        catch (Exception e) when (e is IOException or OperationCanceledException
                                      or System.Net.WebSockets.WebSocketException)
        {
            await chromium.DisposeAsync();
            await connection.DisposeAsync();
            if (e is OperationCanceledException && cancellation.IsCancellationRequested) throw;
            throw new ToolFailureException(e is OperationCanceledException
                ? $"the browser did not start within {StartTimeout.TotalSeconds:0} seconds{chromium.LastError()}"
                : $"the browser stopped as it started{(e.Message == "the browser stopped" ? "" : $": {e.Message}")}"
                  + chromium.LastError());
        }
    }

    private async Task OpenTab(CancellationToken cancellation)
    {
        var target = await connection.SendAsync("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null,
            cancellation);
        var targetId = target.GetProperty("targetId").GetString()!;
        var attached = await connection.SendAsync("Target.attachToTarget",
            new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, cancellation);
        var session = attached.GetProperty("sessionId").GetString()!;
        connection.Track(targetId, session);
        await connection.SendAsync("Inspector.enable", null, session, cancellation);
        await connection.SendAsync("Page.enable", null, session, cancellation);
        // Every request the page makes stops here first (Filter): only the pages to print go on.
        await connection.SendAsync("Fetch.enable",
            new JsonObject { ["patterns"] = new JsonArray(new JsonObject { ["urlPattern"] = "*" }) }, session,
            cancellation);
        tabs.Writer.TryWrite(session);
    }

    /// <summary>Lets a request through only when it is for a file in the work folder (the page being printed);
    /// anything else (the network, other files) fails as blocked.</summary>
    private void Filter(string session, JsonElement paused)
    {
        var requestId = paused.GetProperty("requestId").GetString();
        var url = paused.GetProperty("request").GetProperty("url").GetString() ?? "";
        var allowed = IsAllowed(url, WorkFolder);
        _ = Answer(allowed ? "Fetch.continueRequest" : "Fetch.failRequest", allowed
            ? new JsonObject { ["requestId"] = requestId }
            : new JsonObject { ["requestId"] = requestId, ["errorReason"] = "BlockedByClient" }, session);
    }

    /// <summary>Whether the page may load <paramref name="url"/>: a file inside <paramref name="folder"/>, or a
    /// <c>data:</c> address.</summary>
    internal static bool IsAllowed(string url, string folder)
    {
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return true;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !uri.IsFile || !uri.IsLoopback) return false;
        var path = Path.GetFullPath(uri.LocalPath);
        return path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar,
            OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    private async Task Answer(string method, JsonObject parameters, string session)
    {
        try
        {
            await connection.SendAsync(method, parameters, session, CancellationToken.None);
        }
        catch (IOException)
        {
            // The tab or the browser has gone; the print waiting on it fails by itself.
        }
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

        await chromium.DisposeAsync();
        await connection.DisposeAsync();
    }
}
