using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// One headless Chromium for a whole build, with its own throw-away profile in a temporary folder.
/// It is always stopped and the folder always removed: on dispose, and if the tool is stopped with Ctrl+C or SIGTERM.
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly string root;
    private readonly Queue<string> lastErrors = new();
    private readonly List<PosixSignalRegistration> signals = [];
    private readonly Lock stopping = new();
    private bool stopped;

    private ChromiumProcess(Process process, string root)
    {
        this.process = process;
        this.root = root;
        AppDomain.CurrentDomain.ProcessExit += OnExit;
        foreach (var signal
            in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
        {
            try
            {
                signals.Add(PosixSignalRegistration.Create(signal, _ => Interrupt()));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGHUP and SIGTERM do not exist on Windows; Ctrl+C (SIGINT) does.
            }
        }
    }

    /// <summary>True when the tool was told to stop (Ctrl+C, SIGTERM) and the browser was stopped for it.</summary>
    public bool Interrupted { get; private set; }

    /// <summary>A folder inside the temporary folder for pages to print, removed with the browser.</summary>
    public string WorkFolder => Path.Combine(root, "pages");

    public Uri? DevToolsEndpoint { get; private set; }

    public static async Task<ChromiumProcess> StartAsync(string executable, CancellationToken cancellation)
    {
        var root = Directory.CreateTempSubdirectory("leaflet-chromium-").FullName;
        var profile = Path.Combine(root, "profile");
        Directory.CreateDirectory(profile);
        Directory.CreateDirectory(Path.Combine(root, "pages"));
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment["TZ"] = "UTC";
        foreach (var argument in Arguments(profile)) start.ArgumentList.Add(argument);

        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new ToolFailureException($"could not start the browser '{executable}'");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            TryDelete(root);
            throw new ToolFailureException($"could not start the browser '{executable}': {e.Message}");
        }

        var chromium = new ChromiumProcess(process, root);
        process.ErrorDataReceived += (_, e) => chromium.Remember(e.Data);
        process.OutputDataReceived += (_, e) => chromium.Remember(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            chromium.DevToolsEndpoint = await chromium.WaitForEndpoint(profile, cancellation);
            return chromium;
        }
        catch
        {
            await chromium.DisposeAsync();
            throw;
        }
    }

    /// <summary>The flags of a quiet, private, headless browser that only prints local files.</summary>
    public static IEnumerable<string> Arguments(string profile)
    {
        yield return "--headless";
        yield return "--remote-debugging-port=0";
        yield return $"--user-data-dir={profile}";
        yield return "--no-first-run";
        yield return "--no-default-browser-check";
        yield return "--disable-gpu";
        yield return "--disable-dev-shm-usage";
        yield return "--disable-extensions";
        yield return "--disable-background-networking";
        yield return "--disable-component-update";
        yield return "--disable-sync";
        yield return "--disable-quic";
        yield return "--disable-features=Translate,MediaRouter,OptimizationHints";
        yield return "--mute-audio";
        if (RunsAsRoot()) yield return "--no-sandbox";
        yield return "about:blank";
    }

    /// <summary>Chromium refuses to run its sandbox as root (as in containers and CI), so it needs --no-sandbox
    /// there.</summary>
    private static bool RunsAsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private async Task<Uri> WaitForEndpoint(string profile, CancellationToken cancellation)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new ToolFailureException($"the browser stopped as it started{LastError()}");
            if (File.Exists(portFile))
            {
                var lines = (await File.ReadAllTextAsync(portFile, cancellation))
                    .Split('\n', StringSplitOptions.RemoveEmptyEntries);
                if (lines.Length >= 2 && int.TryParse(lines[0], out var port))
                {
                    return new Uri($"ws://127.0.0.1:{port}{lines[1].Trim()}");
                }
            }

            await Task.Delay(25, cancellation);
        }

        throw new ToolFailureException($"the browser did not start within {StartTimeout.TotalSeconds:0} "
            + $"seconds{LastError()}");
    }

    private void Remember(string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (lastErrors)
        {
            lastErrors.Enqueue(line.Trim());
            if (lastErrors.Count > 5) lastErrors.Dequeue();
        }
    }

    /// <summary>The browser's last complaint, for a one-line error message.</summary>
    public string LastError()
    {
        lock (lastErrors)
        {
            var line = lastErrors.LastOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal))
                       ?? lastErrors.LastOrDefault();
            return line is null ? "" : $" ({line})";
        }
    }

    private void Interrupt()
    {
        Interrupted = true;
        Stop(TimeSpan.Zero);
    }

    private void OnExit(object? sender, EventArgs e) => Stop(TimeSpan.Zero);

    /// <summary>Waits up to <paramref name="grace"/> for the browser to leave by itself (after Browser.close), then
    /// kills it.</summary>
    /// <summary>
    /// Stops the browser and removes its folder, once. A second caller (the build ending while a Ctrl+C handler
    /// is still cleaning up) waits until the first has finished, so the tool never exits half-way through.
    /// </summary>
    private void Stop(TimeSpan grace)
    {
        lock (stopping)
        {
            if (stopped) return;
            stopped = true;
            AppDomain.CurrentDomain.ProcessExit -= OnExit;
            try
            {
                if (!process.HasExited && !process.WaitForExit(grace))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(10_000);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Already gone.
            }
            finally
            {
                process.Dispose();
                TryDelete(root);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 30 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(TimeSpan.FromSeconds(3));
        foreach (var registration in signals) registration.Dispose();
        return ValueTask.CompletedTask;
    }
}
