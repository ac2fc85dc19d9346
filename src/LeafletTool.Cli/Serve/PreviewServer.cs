using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// The preview's web server: <see cref="HttpListener"/> on 127.0.0.1 only. It answers only requests whose Host is
/// this computer (localhost, 127.0.0.1, [::1]: a page elsewhere cannot reach it through DNS rebinding), serves the
/// current snapshot (<see cref="PreviewRoutes"/>) with a Content-Security-Policy that allows only the page's own
/// script (a fresh nonce per response), and keeps a Server-Sent Events stream open for each page, told the new
/// version after each build.
/// </summary>
public sealed class PreviewServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<PreviewSnapshot> current;
    private readonly List<Listener> streams = [];
    private readonly Lock streamsLock = new();

    public PreviewServer(int port, Func<PreviewSnapshot> current)
    {
        Port = port;
        this.current = current;
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Prefixes.Add($"http://localhost:{port}/");
    }

    public int Port { get; }

    /// <summary>Starts listening; false when the port cannot be used (in use, or not allowed).</summary>
    public bool TryStart()
    {
        try
        {
            listener.Start();
            return true;
        }
        catch (HttpListenerException)
        {
            return false;
        }
    }

    /// <summary>Answers requests until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        using var registration = stop.Register(StopListening);
        while (!stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException
                                          or InvalidOperationException)
            {
                break;
            }

            _ = Task.Run(() => Answer(context), CancellationToken.None);
        }
    }

    private void StopListening()
    {
        try
        {
            listener.Stop();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // already stopped or the socket is gone: nothing more to stop
        }
    }

    /// <summary>Tells every open page whose content <paramref name="snapshot"/> changed to reload.</summary>
    public void Announce(PreviewSnapshot snapshot)
    {
        lock (streamsLock)
        {
            // A page whose content changed reloads and opens a new stream; the others are sent a comment, and a
            // stream that cannot take it (its tab was closed) is let go rather than kept for the server's lifetime.
            streams.RemoveAll(listener => IsDone(listener, snapshot));
        }
    }

    private static bool Reload(StreamWriter writer)
    {
        try
        {
            writer.Write("data: reload\n\n");
            writer.Flush();
            writer.Dispose();
            return true;
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>How many pages have a stream open.</summary>
    public int OpenStreams
    {
        get
        {
            lock (streamsLock) return streams.Count;
        }
    }

    private static bool IsDone(Listener listener, PreviewSnapshot snapshot)
    {
        if (snapshot.StampOf(listener.Key) == listener.Stamp) return !Ping(listener.Writer);
        Reload(listener.Writer);
        return true;
    }

    private static bool Ping(StreamWriter writer)
    {
        try
        {
            writer.Write(": still here\n\n");
            writer.Flush();
            return true;
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>An open page: what it shows and the stamp of what it shows.</summary>
    private sealed record Listener(StreamWriter Writer, string Key, int Stamp);

    /// <summary>Whether a Host header names this computer (with any port).</summary>
    public static bool IsLocalHost(string? host)
    {
        if (string.IsNullOrEmpty(host)) return false;
        var name = host.StartsWith('[') ? host[..(host.IndexOf(']') + 1)] : host.Split(':')[0];
        return name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name == "127.0.0.1" || name == "[::1]";
    }

    private void Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var request = context.Request;
            if (!IsLocalHost(request.Headers["Host"]))
            {
                Send(response, PreviewResponse.Text(403, "This preview answers only to localhost."), null);
                return;
            }

            if (request.HttpMethod is not ("GET" or "HEAD"))
            {
                Send(response, PreviewResponse.Text(405, "Only GET."), null);
                return;
            }

            var path = request.Url?.AbsolutePath ?? "/";
            if (path == PreviewPanel.EventsPath)
            {
                OpenStream(response, request.QueryString["page"] ?? PreviewStamps.IndexKey,
                    int.TryParse(request.QueryString["stamp"], out var stamp) ? stamp : -1);
                return;
            }

            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            Send(response, PreviewRoutes.Answer(Uri.UnescapeDataString(path), current(), nonce), nonce);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException)
        {
            // The browser went away mid-answer: nothing to do.
        }
    }

    private void OpenStream(HttpListenerResponse response, string key, int stamp)
    {
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var writer = new StreamWriter(response.OutputStream, new UTF8Encoding(false));
        writer.Write(": connected\n\n");
        writer.Flush();
        lock (streamsLock)
        {
            // Changed between the page being served and its stream opening: reload at once.
            if (current().StampOf(key) != stamp) Reload(writer);
            else streams.Add(new Listener(writer, key, stamp));
        }
    }

    private static void Send(HttpListenerResponse response, PreviewResponse answer, string? nonce)
    {
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + (nonce is null ? "script-src 'none'" : $"script-src 'nonce-{nonce}'");
        response.ContentLength64 = answer.Body.Length;
        response.OutputStream.Write(answer.Body);
        response.Close();
    }

    public void Dispose()
    {
        lock (streamsLock)
        {
            foreach (var listener in streams) listener.Writer.Dispose();
            streams.Clear();
        }

        try
        {
            listener.Close();
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // Closing can fail when the socket is already gone (seen as "Address already in use" on Linux);
            // the server is stopping either way, so there is nothing left to release.
        }
    }
}
