using System.Diagnostics;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Windows only: the browser started by .NET's Process with DevTools on a local port (read from
/// <c>DevToolsActivePort</c>) and a WebSocket, as .NET cannot hand a child the two pipes of
/// <c>--remote-debugging-pipe</c> there. Any local program can connect to that port while the build runs.
/// </summary>
internal static class PortStart
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    public static async Task<(Process Process, IDevToolsTransport Transport)> StartAsync(string executable,
        string profile, Action<string?> remember, Func<string> lastError, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        start.Environment["TZ"] = "UTC";
        foreach (var argument in ChromiumArguments.For(profile, pipe: false)) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)
                ?? throw new ToolFailureException($"could not start the browser '{executable}'");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolFailureException($"could not start the browser '{executable}': {e.Message}");
        }

        process.ErrorDataReceived += (_, e) => remember(e.Data);
        process.OutputDataReceived += (_, e) => remember(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var endpoint = await WaitForEndpoint(process, profile, lastError, cancellation);
            return (process, await WebSocketTransport.ConnectAsync(endpoint, cancellation));
        }
        catch
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            process.Dispose();
            throw;
        }
    }

    private static async Task<Uri> WaitForEndpoint(Process process, string profile, Func<string> lastError,
        CancellationToken cancellation)
    {
        var portFile = Path.Combine(profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new ToolFailureException($"the browser stopped as it started{lastError()}");
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
            + $"seconds{lastError()}");
    }
}
