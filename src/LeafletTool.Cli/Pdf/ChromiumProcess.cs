using System.Diagnostics;
using System.Runtime.InteropServices;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// One headless Chromium for a whole build, with its own throw-away profile in a temporary folder
/// (<see cref="ProfileFolder"/>), talked to over <c>--remote-debugging-pipe</c> on Linux and macOS
/// (<see cref="PosixSpawn"/>: no port anyone else could connect to, and the browser ends when the tool does, even
/// when the tool is killed) and over a local port on Windows (<see cref="PortStart"/>).
/// It is always stopped and the folder always removed: on dispose, and if the tool is stopped with Ctrl+C or SIGTERM.
/// </summary>
internal sealed class ChromiumProcess : IAsyncDisposable
{
    private readonly int pid;
    private readonly Process? process;
    private readonly string root;
    private readonly Queue<string> lastErrors;
    private readonly List<PosixSignalRegistration> signals = [];
    private readonly Lock stopping = new();
    private bool stopped;

    private ChromiumProcess(string root, int pid, Process? process, Queue<string> lastErrors)
    {
        this.root = root;
        this.lastErrors = lastErrors;
        this.pid = pid;
        this.process = process;
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

    /// <summary>The DevTools messages to and from the browser.</summary>
    public IDevToolsTransport Transport { get; private set; } = null!;

    public static async Task<ChromiumProcess> StartAsync(string executable, CancellationToken cancellation)
    {
        ProfileFolder.RemoveStale();
        var root = ProfileFolder.Create();
        var profile = Path.Combine(root, "profile");
        Directory.CreateDirectory(profile);
        Directory.CreateDirectory(Path.Combine(root, "pages"));
        var errors = new Queue<string>();
        try
        {
            if (OperatingSystem.IsWindows())
            {
                var (process, transport) = await PortStart.StartAsync(executable, profile, l => Remember(errors, l),
                    () => LastError(errors), cancellation);
                return new ChromiumProcess(root, process.Id, process, errors) { Transport = transport };
            }

            var child = PosixSpawn.Start(executable, ChromiumArguments.For(profile, pipe: true),
                new Dictionary<string, string> { ["TZ"] = "UTC" });
            var chromium = new ChromiumProcess(root, child.Pid, null, errors)
            {
                Transport = new PipeTransport(child.Commands, child.Replies),
            };
            var reader = new Thread(() => chromium.ReadOutput(child.Output))
            {
                IsBackground = true,
                Name = "Chromium output",
            };
            reader.Start();
            return chromium;
        }
        catch
        {
            TryDelete(root);
            throw;
        }
    }

    private void ReadOutput(Stream output)
    {
        using var reader = new StreamReader(output);
        try
        {
            while (reader.ReadLine() is { } line) Remember(lastErrors, line);
        }
        catch (IOException)
        {
            // The browser has gone.
        }
    }

    private static void Remember(Queue<string> errors, string? line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        lock (errors)
        {
            errors.Enqueue(line.Trim());
            if (errors.Count > 5) errors.Dequeue();
        }
    }

    /// <summary>The browser's last complaint, for a one-line error message.</summary>
    public string LastError() => LastError(lastErrors);

    private static string LastError(Queue<string> errors)
    {
        lock (errors)
        {
            var line = errors.LastOrDefault(l => l.Contains("ERROR", StringComparison.Ordinal)
                                                 && !l.Contains("dbus", StringComparison.Ordinal))
                       ?? errors.LastOrDefault(l => !l.Contains("dbus", StringComparison.Ordinal));
            return line is null ? "" : $" ({line})";
        }
    }

    private void Interrupt()
    {
        Interrupted = true;
        Stop(TimeSpan.Zero);
    }

    private void OnExit(object? sender, EventArgs e) => Stop(TimeSpan.Zero);

    /// <summary>
    /// Waits up to <paramref name="grace"/> for the browser to leave by itself (after Browser.close), then kills it
    /// (its whole process group on Linux and macOS), and removes its folder, once. A second caller (the build ending
    /// while a Ctrl+C handler is still cleaning up) waits until the first has finished, so the tool never exits
    /// half-way through.
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
                if (process is null) StopSpawned(grace);
                else StopProcess(process, grace);
            }
            finally
            {
                TryDelete(root);
            }
        }
    }

    private void StopSpawned(TimeSpan grace)
    {
        if (WaitForExit(grace)) return;
        PosixSpawn.KillGroup(pid);
        WaitForExit(TimeSpan.FromSeconds(10));
    }

    private bool WaitForExit(TimeSpan time)
    {
        var deadline = DateTime.UtcNow + time;
        while (!PosixSpawn.HasExited(pid))
        {
            if (DateTime.UtcNow >= deadline) return false;
            Thread.Sleep(20);
        }

        return true;
    }

    private static void StopProcess(Process process, TimeSpan grace)
    {
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
