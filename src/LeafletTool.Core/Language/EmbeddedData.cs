using System.IO.Compression;
using System.Text;

namespace LeafletTool.Core.Language;

/// <summary>Reads the gzip word lists embedded in the core (made by <c>tools/language-data</c>).</summary>
internal static class EmbeddedData
{
    public static IEnumerable<string> Lines(string name)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream("LeafletTool.Core.Language.Data." + name)
            ?? throw new InvalidOperationException($"The word list {name} is missing from this build of LeafletTool.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) yield return line;
        }
    }
}
