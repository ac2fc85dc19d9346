using System.Net.WebSockets;

namespace LeafletTool.Cli.Pdf;

/// <summary>How DevTools messages travel: whole JSON messages out and in; null in when the browser has gone.</summary>
internal interface IDevToolsTransport : IDisposable
{
    Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellation);

    Task<byte[]?> ReceiveAsync(CancellationToken cancellation);
}

/// <summary>
/// <c>--remote-debugging-pipe</c>: each message ends with a NUL byte, commands written to the browser's descriptor 3,
/// replies and events read from its descriptor 4. Only the tool holds the other ends: no other user or program can
/// reach the browser.
/// </summary>
internal sealed class PipeTransport(Stream commands, Stream replies) : IDevToolsTransport
{
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly MemoryStream message = new();
    private int start;
    private int end;

    public async Task SendAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellation)
    {
        var framed = new byte[bytes.Length + 1];
        bytes.CopyTo(framed);
        await commands.WriteAsync(framed, cancellation);
        await commands.FlushAsync(cancellation);
    }

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        while (true)
        {
            var terminator = Array.IndexOf(buffer, (byte)0, start, end - start);
            if (terminator >= 0)
            {
                message.Write(buffer, start, terminator - start);
                start = terminator + 1;
                var whole = message.ToArray();
                message.SetLength(0);
                return whole;
            }

            message.Write(buffer, start, end - start);
            start = 0;
            end = await replies.ReadAsync(buffer, cancellation);
            if (end == 0) return null;
        }
    }

    public void Dispose()
    {
        commands.Dispose();
        replies.Dispose();
        message.Dispose();
    }
}

/// <summary>DevTools over a WebSocket on a local port: only used on Windows, where the tool cannot hand the browser
/// the two pipes.</summary>
internal sealed class WebSocketTransport(ClientWebSocket socket) : IDevToolsTransport
{
    private readonly byte[] buffer = new byte[64 * 1024];

    public static async Task<WebSocketTransport> ConnectAsync(Uri endpoint, CancellationToken cancellation)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(endpoint, cancellation);
        return new WebSocketTransport(socket);
    }

    public Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellation) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellation).AsTask();

    public async Task<byte[]?> ReceiveAsync(CancellationToken cancellation)
    {
        using var message = new MemoryStream();
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, cancellation);
                if (result.MessageType == WebSocketMessageType.Close) return null;
                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage) return message.ToArray();
            }
        }
        catch (WebSocketException)
        {
            // The browser went away.
        }

        return null;
    }

    public void Dispose() => socket.Dispose();
}
