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

    /// <summary>The whole of one list or of several, unpacked one after the other with a <c>\n</c> between them
    /// (so lists of lines stay lines): the first <c>Length</c> bytes of <c>Bytes</c>, which the caller owns.</summary>
    public static (byte[] Bytes, int Length) Bytes(params string[] names)
    {
        var streams = Array.ConvertAll(names, Open);
        try
        {
            // One array for all, sized from the gzip trailers (each gives its list's size unpacked), with a byte
            // more per list: the separators, and a last read of nothing rather than a copy when the sizes are right.
            var expected = names.Length;
            foreach (var stream in streams) expected += SizeUnpacked(stream);
            var bytes = GC.AllocateUninitializedArray<byte>(Math.Min(expected, 1 << 28));
            var size = 0;
            for (var i = 0; i < streams.Length; i++)
            {
                if (i > 0) Append(ref bytes, ref size, (byte)'\n');
                Unpack(streams[i], ref bytes, ref size);
            }

            return (bytes, size);
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
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

    /// <summary>The size of a gzip stream unpacked, from its trailer (64 KB when it cannot tell).</summary>
    private static int SizeUnpacked(Stream stream)
    {
        if (!stream.CanSeek || stream.Length < 4) return 1 << 16;
        Span<byte> trailer = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(trailer);
        stream.Seek(0, SeekOrigin.Begin);
        return (int)Math.Min(BinaryPrimitives.ReadUInt32LittleEndian(trailer), 1u << 27);
    }

    /// <summary>Unpacks a list after the first <paramref name="size"/> bytes of <paramref name="bytes"/>, growing
    /// the array only when the list is larger than its trailer said.</summary>
    private static void Unpack(Stream stream, ref byte[] bytes, ref int size)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        if (size == bytes.Length) Grow(ref bytes, Math.Max(16, bytes.Length * 2), size);
        int read;
        while ((read = gzip.Read(bytes, size, bytes.Length - size)) > 0)
        {
            size += read;
            if (size == bytes.Length) Grow(ref bytes, bytes.Length * 2, size);
        }
    }

    private static void Append(ref byte[] bytes, ref int size, byte value)
    {
        if (size == bytes.Length) Grow(ref bytes, Math.Max(16, bytes.Length * 2), size);
        bytes[size++] = value;
    }

    /// <summary>A larger array holding the first <paramref name="used"/> bytes, uninitialised after them.</summary>
    private static void Grow(ref byte[] bytes, int capacity, int used)
    {
        var larger = GC.AllocateUninitializedArray<byte>(capacity);
        bytes.AsSpan(0, used).CopyTo(larger);
        bytes = larger;
    }
}
