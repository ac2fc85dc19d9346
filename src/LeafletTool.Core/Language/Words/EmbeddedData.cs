using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LeafletTool.Core.Language.Words;

/// <summary>Reads the gzip word lists embedded in the core (made by <c>tools/language-data</c>).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = Open(name);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }

    /// <summary>The whole of a list, unpacked: its first <c>Length</c> bytes of <c>Bytes</c>, which the caller
    /// owns.</summary>
    public static (byte[] Bytes, int Length) Bytes(string name)
    {
        using var stream = Open(name);
        var bytes = Unpacked(stream, out var size);
        return (bytes, size);
    }

    /// <summary>UTF-8 text as UTF-16 (a byte order mark dropped), decoded in one go: the first <c>Length</c> characters
    /// of <c>Text</c>.</summary>
    public static (char[] Text, int Length) Decoded(byte[] bytes, int length)
    {
        var utf8 = bytes.AsSpan(0, length);
        if (utf8.StartsWith(Encoding.UTF8.Preamble)) utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        var text = GC.AllocateUninitializedArray<char>(utf8.Length);
        return (text, Encoding.UTF8.GetChars(utf8, text));
    }

    private static Stream Open(string name) =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream("LeafletTool.Core.Language.Data." + name)
            ?? throw new InvalidOperationException($"The word list {name} is missing from this build of LeafletTool.");

    /// <summary>The unpacked bytes, read into one array sized from the gzip trailer (which gives the size
    /// unpacked).</summary>
    private static byte[] Unpacked(Stream stream, out int size)
    {
        var expected = 1 << 16;
        if (stream.CanSeek && stream.Length >= 4)
        {
            Span<byte> trailer = stackalloc byte[4];
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(trailer);
            stream.Seek(0, SeekOrigin.Begin);
            expected = (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(trailer), 1u << 28);
        }

        // One byte more than expected, so that a list of exactly that size ends with a read of nothing, not a copy.
        var bytes = GC.AllocateUninitializedArray<byte>(expected + 1);
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        size = 0;
        int read;
        while ((read = gzip.Read(bytes, size, bytes.Length - size)) > 0)
        {
            size += read;
            if (size == bytes.Length) Array.Resize(ref bytes, bytes.Length * 2);
        }

        return bytes;
    }
}
