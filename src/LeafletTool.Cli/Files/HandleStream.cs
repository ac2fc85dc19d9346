using Microsoft.Win32.SafeHandles;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Reads a file through a handle it does not own, from a position of its own (<see cref="RandomAccess"/>): the caller
/// keeps the handle open after the stream is done with, to read other parts of the same file later.
/// </summary>
internal sealed class HandleStream(SafeFileHandle handle, long length) : Stream
{
    /// <summary>Reads into all of <paramref name="buffer"/> from <paramref name="offset"/>, as far as the file goes;
    /// how many bytes were read.</summary>
    public static int ReadAt(SafeFileHandle handle, Span<byte> buffer, long offset)
    {
        var read = 0;
        while (read < buffer.Length && RandomAccess.Read(handle, buffer[read..], offset + read) is var count and > 0)
        {
            read += count;
        }

        return read;
    }

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position { get; set; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = RandomAccess.Read(handle, buffer, Position);
        Position += read;
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        _ => length + offset,
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
