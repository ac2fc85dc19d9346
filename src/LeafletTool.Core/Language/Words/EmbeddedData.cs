using System.IO.Compression;
using System.Text;

namespace LeafletTool.Core.Language.Words;

/// <summary>Reads the gzip word lists embedded in the core as they are (made by <c>tools/language-data</c>); the
/// others are laid out at build time (<see cref="WordImage"/>).</summary>
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
}
