using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// A small client for the Chrome DevTools protocol over one WebSocket: commands with ids and their replies,
/// and one-shot waits for events of a session. Flattened sessions (<c>sessionId</c>) address each tab.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> pending = new();
    private readonly ConcurrentDictionary<(string Session, string Method), TaskCompletionSource<JsonElement>> waiters =
        new();
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private int nextId;

    private DevToolsConnection(ClientWebSocket socket)
    {
        this.socket = socket;
        receiving = Task.Run(ReceiveLoop);
    }

    public static async Task<DevToolsConnection> ConnectAsync(Uri endpoint, CancellationToken cancellation)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(endpoint, cancellation);
        return new DevToolsConnection(socket);
    }

    /// <summary>Sends a command and returns its <c>result</c>; a protocol error becomes an
    /// <see cref="IOException"/>.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId,
        CancellationToken cancellation)
    {
        var id = Interlocked.Increment(ref nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        if (sessionId is not null) message["sessionId"] = sessionId;
        var bytes = Encoding.UTF8.GetBytes(message.ToJsonString());
        await sendLock.WaitAsync(cancellation);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellation);
        }
        finally
        {
            sendLock.Release();
        }

        using var registration = cancellation.Register(() => reply.TrySetCanceled(cancellation));
        return await reply.Task;
    }

    /// <summary>A task that completes at the next <paramref name="method"/> event of the session. Call it before the
    /// command that causes the event.</summary>
    public Task<JsonElement> NextEvent(string method, string sessionId)
    {
        var waiter = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters[(sessionId, method)] = waiter;
        return waiter.Task;
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, stop.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                Dispatch(message.GetBuffer().AsSpan(0, (int)message.Length));
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The browser went away or we are closing: fail whoever still waits, below.
        }

        var closed = new IOException("the browser closed its DevTools connection");
        foreach (var reply in pending.Values) reply.TrySetException(closed);
        foreach (var waiter in waiters.Values) waiter.TrySetException(closed);
    }

    private void Dispatch(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement) && pending.TryRemove(idElement.GetInt32(), out var reply))
        {
            if (root.TryGetProperty("error", out var error))
            {
                reply.TrySetException(
                    new IOException($"the browser refused a command: {error.GetProperty("message").GetString()}"));
            }
            else
            {
                reply.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            }
        }
        else if (root.TryGetProperty("method", out var method) && root.TryGetProperty("sessionId", out var session)
                 && waiters.TryRemove((session.GetString()!, method.GetString()!), out var waiter))
        {
            waiter.TrySetResult(root.TryGetProperty("params", out var parameters) ? parameters.Clone() : default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await receiving;
        }
        finally
        {
            socket.Dispose();
            stop.Dispose();
            sendLock.Dispose();
        }
    }
}
