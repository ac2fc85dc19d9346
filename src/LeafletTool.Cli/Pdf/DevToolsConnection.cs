using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// A small client for the Chrome DevTools protocol over one transport (a pipe, or on Windows a WebSocket): commands
/// with ids and their replies, one-shot waits for events of a session, and handlers for events. Flattened sessions
/// (<c>sessionId</c>) address each tab. When a tab's renderer crashes (<c>Inspector.targetCrashed</c>,
/// <c>Target.targetCrashed</c>) everything waiting on that tab fails at once; when the browser goes (the pipe
/// closes) everything waiting fails at once.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly IDevToolsTransport transport;
    private readonly ConcurrentDictionary<int, (TaskCompletionSource<JsonElement> Reply, string? Session)> pending =
        new();
    private readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource<JsonElement>> waiters =
        new();
    private readonly ConcurrentDictionary<string, string> sessionsOfTargets = new();
    private readonly ConcurrentDictionary<string, IOException> failedSessions = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> handlers = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private volatile IOException? closed;
    private int nextId;

    public DevToolsConnection(IDevToolsTransport transport)
    {
        this.transport = transport;
        receiving = Task.Run(ReceiveLoop);
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error, a crashed tab or a browser that has
    /// gone becomes an <see cref="IOException"/>.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId,
        CancellationToken cancellation)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = (reply, sessionId);
        if (closed is { } gone) reply.TrySetException(gone);
        if (sessionId is not null && failedSessions.TryGetValue(sessionId, out var crash)) reply.TrySetException(crash);
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sendLock.WaitAsync(cancellation);
        try
        {
            if (!reply.Task.IsCompleted) await transport.SendAsync(bytes, cancellation);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException
                                      or System.Net.WebSockets.WebSocketException)
        {
            reply.TrySetException(closed ?? new IOException("the browser stopped"));
        }
        finally
        {
            sendLock.Release();
        }

        using var registration = cancellation.Register(() => reply.TrySetCanceled(cancellation));
        try
        {
            return await reply.Task;
        }
        finally
        {
            pending.TryRemove(id, out _);
        }
    }

    /// <summary>A task that completes at the next <paramref name="method"/> event of the session. Call it before the
    /// command that causes the event.</summary>
    public Task<JsonElement> NextEvent(string method, string sessionId)
    {
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters[(sessionId, method)] = waiter;
        if (failedSessions.TryGetValue(sessionId, out var crash)) waiter.TrySetException(crash);
        if (closed is { } gone) waiter.TrySetException(gone);
        return waiter.Task;
    }

    /// <summary>Calls <paramref name="handler"/> (session, params) for every <paramref name="method"/> event, on the
    /// receiving thread: it must not wait for a reply.</summary>
    public void On(string method, Action<string, JsonElement> handler) => handlers[method] = handler;

    /// <summary>Remembers which session is a target's, so that <c>Target.targetCrashed</c> fails that
    /// session.</summary>
    public void Track(string targetId, string sessionId) => sessionsOfTargets[targetId] = sessionId;

    private async Task ReceiveLoop()
    {
        try
        {
            while (await transport.ReceiveAsync(stop.Token) is { } message) Dispatch(message);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away or we are closing: fail whoever still waits, below.
        }

        closed = new IOException("the browser stopped");
        foreach (var (reply, _) in pending.Values) reply.TrySetException(closed);
        foreach (var waiter in waiters.Values) waiter.TrySetException(closed);
    }

    private void Dispatch(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!pending.TryGetValue(idElement.GetInt32(), out var waiting)) return;
            if (root.TryGetProperty("error", out var error))
            {
                waiting.Reply.TrySetException(
                    new IOException($"the browser refused a command: {error.GetProperty("message").GetString()}"));
            }
            else
            {
                waiting.Reply.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            }

            return;
        }

        if (!root.TryGetProperty("method", out var methodElement)) return;
        var method = methodElement.GetString() ?? "";
        var session = root.TryGetProperty("sessionId", out var sessionElement) ? sessionElement.GetString() : null;
        var parameters = root.TryGetProperty("params", out var p) ? p.Clone() : default;
        if (method == "Inspector.targetCrashed" && session is not null) Fail(session);
        if (method == "Target.targetCrashed" && parameters.TryGetProperty("targetId", out var target)
            && sessionsOfTargets.TryGetValue(target.GetString() ?? "", out var crashed))
        {
            Fail(crashed);
        }

        if (session is null) return;
        if (handlers.TryGetValue(method, out var handler)) handler(session, parameters);
        if (waiters.TryRemove((session, method), out var waiter)) waiter.TrySetResult(parameters);
    }

    /// <summary>Fails every command and wait of a tab whose renderer crashed, now and from now on.</summary>
    private void Fail(string session)
    {
        var crash = failedSessions.GetOrAdd(session, _ => new IOException("the browser's page renderer crashed"));
        foreach (var (reply, of) in pending.Values)
        {
            if (of == session) reply.TrySetException(crash);
        }

        foreach (var ((of, _), waiter) in waiters)
        {
            if (of == session) waiter.TrySetException(crash);
        }
    }

    /// <summary>Stops reading; call it once the browser is stopped (reading a pipe ends when the browser
    /// does).</summary>
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // A read that cannot be cancelled; the browser is stopped, so it ends by itself.
        }
        finally
        {
            transport.Dispose();
            stop.Dispose();
        }
    }
}
