using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LeafletTool.Cli;
using LeafletTool.Cli.Pdf;
using LeafletTool.Cli.Tests;

namespace LeafletTool.Browser.Tests;

/// <summary>
/// The PDF printer's browser, real: DevTools over a pipe with no port open, no request from the page beyond the page
/// itself, a crashed renderer failing the print at once, and no browser or folder left behind when the tool is
/// killed. Like the other browser tests they fail, never skip, without Chromium.
/// </summary>
public class ChromiumSafetyTests
{
    private static string Chromium() => ChromiumLocator.Find(null, Environment.GetEnvironmentVariable)
        ?? throw new InvalidOperationException(SiteFixture.MissingChromium);

    [Fact]
    public async Task The_browser_listens_on_no_port_and_is_driven_over_a_pipe()
    {
        await using var printer = await PdfPrinter.StartAsync(Chromium(), 1, CancellationToken.None);
        var profile = Path.Combine(Path.GetDirectoryName(printer.WorkFolder)!, "profile");
        var browsers = ProcessesMentioning(profile);
        Assert.NotEmpty(browsers);
        var main = browsers.Single(p => !Cmdline(p).Contains("--type=", StringComparison.Ordinal));
        Assert.Contains("--remote-debugging-pipe", Cmdline(main), StringComparison.Ordinal);
        Assert.DoesNotContain("--remote-debugging-port", Cmdline(main), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(profile, "DevToolsActivePort")));
        var sockets = browsers.SelectMany(SocketInodes).ToHashSet();
        var listening = ListeningInodes().Where(sockets.Contains).ToList();
        Assert.True(listening.Count == 0, $"The browser listens on {listening.Count} TCP socket(s).");
        var pdf = await PrintPage(printer, "<!doctype html><title>t</title><p>Hello</p>");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_asks_for_addresses_on_the_network_makes_no_connection()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = listener.AcceptTcpClientAsync();
        await using var printer = await PdfPrinter.StartAsync(Chromium(), 1, CancellationToken.None);
        var pdf = await PrintPage(printer, $"""
            <!doctype html><html><head><title>t</title>
            <link rel="preconnect" href="http://127.0.0.1:{port}">
            <link rel="dns-prefetch" href="http://localhost:{port}">
            <link rel="stylesheet" href="http://localhost:{port}/style.css"></head>
            <body><p>Hello</p><img src="http://127.0.0.1:{port}/image.png" alt="">
            <img src="https://127.0.0.1:{port}/image.png" alt=""><iframe src="http://127.0.0.1:{port}/frame"></iframe>
            <script>fetch("http://127.0.0.1:{port}/fetch"); new Image().src = "http://127.0.0.1:{port}/js.png";</script>
            </body></html>
            """);
        Assert.NotEmpty(pdf);
        var first = await Task.WhenAny(accepted, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.True(first != accepted, "The browser connected to the local listener.");
    }

    [Theory]
    [InlineData("--type=renderer", "the browser's page renderer crashed")]
    [InlineData("", "the browser stopped")]
    public async Task A_crashed_renderer_or_browser_fails_the_print_within_seconds_in_one_line(string kind,
        string message)
    {
        await using var printer = await PdfPrinter.StartAsync(Chromium(), 1, CancellationToken.None);
        var page = Path.Combine(printer.WorkFolder, "busy.html");
        await File.WriteAllTextAsync(page, "<!doctype html><title>t</title><p>x</p><script>for (;;) {}</script>");
        var printing = printer.PrintAsync(page, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.False(printing.IsCompleted);
        var profile = Path.Combine(Path.GetDirectoryName(printer.WorkFolder)!, "profile");
        var victims = ProcessesMentioning(profile)
            .Where(p => kind.Length > 0 ? Cmdline(p).Contains(kind, StringComparison.Ordinal)
                : !Cmdline(p).Contains("--type=", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(victims);
        var clock = Stopwatch.StartNew();
        foreach (var pid in victims) Kill(pid);
        var failure = await Assert.ThrowsAsync<ToolFailureException>(() => printing);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"The failure took {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.StartsWith($"printing busy.html failed: {message}", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Killing_the_tool_mid_build_leaves_no_browser_and_the_next_run_removes_its_folder()
    {
        using var temp = new TempFolder();
        var tmp = Directory.CreateDirectory(Path.Combine(temp.Path, "tmp")).FullName;
        var leaflets = Directory.CreateDirectory(Path.Combine(temp.Path, "leaflets")).FullName;
        var source = File.ReadAllText(Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        for (var i = 1; i <= 30; i++)
        {
            File.WriteAllText(Path.Combine(leaflets, $"leaflet-{i}.yaml"),
                source.Replace("5373/VER1", $"{9000 + i}/VER1", StringComparison.Ordinal));
        }

        using var tool = StartTool(temp.Path, tmp, "--out", Path.Combine(temp.Path, "out"));
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (ProcessesMentioning(tmp).Count == 0 && DateTime.UtcNow < deadline && !tool.HasExited) Thread.Sleep(50);
        Assert.NotEmpty(ProcessesMentioning(tmp));
        Thread.Sleep(500);
        tool.Kill(); // SIGKILL: no handler runs
        tool.WaitForExit();
        var left = ProcessesMentioning(tmp);
        for (var wait = 0; wait < 50 && left.Count > 0; wait++)
        {
            Thread.Sleep(100);
            left = ProcessesMentioning(tmp);
        }

        Assert.True(left.Count == 0, $"{left.Count} browser processes outlived the tool.");
        var stale = Assert.Single(Directory.GetDirectories(tmp, "leaflet-chromium-*"));
        File.Delete(Path.Combine(leaflets, "leaflet-1.yaml"));
        using var next = StartTool(temp.Path, tmp, "--out", Path.Combine(temp.Path, "out2"));
        Assert.True(next.WaitForExit(120_000));
        Assert.False(Directory.Exists(stale), "The killed run's folder was left behind.");
        Assert.Empty(Directory.GetDirectories(tmp));
    }

    private static Process StartTool(string folder, string tmp, params string[] args)
    {
        var start = PublishedProgram.Binary is null ? new ProcessStartInfo("dotnet") : new(PublishedProgram.Binary);
        if (PublishedProgram.Binary is null) start.ArgumentList.Add(typeof(LeafletCli).Assembly.Location);
        foreach (var arg in (string[])["build", "leaflets", "--formats", "pdf", "--templates",
            Path.Combine(Repository.Root(), "templates"), "--chromium", Chromium(), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        start.WorkingDirectory = folder;
        start.Environment["TMPDIR"] = tmp;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<byte[]> PrintPage(PdfPrinter printer, string html)
    {
        var page = Path.Combine(printer.WorkFolder, "page.html");
        await File.WriteAllTextAsync(page, html);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await printer.PrintAsync(page, timeout.Token);
    }

    /// <summary>The processes whose command line mentions <paramref name="text"/> (Linux: /proc).</summary>
    private static List<int> ProcessesMentioning(string text) =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId
                          && Cmdline(pid).Contains(text, StringComparison.Ordinal))
            .ToList();

    private static string Cmdline(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    private static IEnumerable<string> SocketInodes(int pid)
    {
        string[] links;
        try
        {
            links = Directory.GetFiles($"/proc/{pid}/fd");
        }
        catch (IOException)
        {
            yield break;
        }

        foreach (var link in links)
        {
            var target = new FileInfo(link).LinkTarget ?? "";
            if (target.StartsWith("socket:[", StringComparison.Ordinal)) yield return target[8..^1];
        }
    }

    /// <summary>The inodes of listening TCP sockets (state 0A) in /proc/net/tcp and tcp6.</summary>
    private static IEnumerable<string> ListeningInodes() =>
        new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists)
            .SelectMany(f => File.ReadLines(f).Skip(1))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length > 9 && c[3] == "0A")
            .Select(c => c[9]);

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }
}
