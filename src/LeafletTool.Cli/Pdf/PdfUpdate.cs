using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Marks the untagged text of a browser's PDF as artifacts (<see cref="UntaggedText"/>) by an incremental update:
/// the changed page content streams are appended with a new cross-reference section pointing back to the old one,
/// so nothing already in the file moves. A PDF it does not understand is returned unchanged.
/// </summary>
public static partial class PdfUpdate
{
    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StartXref();

    [GeneratedRegex(@"^(\d+) (\d+)\s*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Subsection();

    [GeneratedRegex(@"/Type\s*/Page\b(?!s)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PageType();

    [GeneratedRegex(@"/Contents\s*(?:(\d+) 0 R|\[([\d\sR]*)\])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Contents();

    [GeneratedRegex(@"^<<\s*/Filter\s*/FlateDecode\s*/Length\s+(\d+)\s*>>\s*stream\r?\n", RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex FlateStream();

    public static byte[] MarkUntaggedTextAsArtifacts(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        if (StartXref().Match(text) is not { Success: true } start) return pdf;
        var xrefAt = int.Parse(start.Groups[1].Value, CultureInfo.InvariantCulture);
        if (!TryReadXref(text, xrefAt, out var offsets, out var trailer)) return pdf;

        var changed = new SortedDictionary<int, byte[]>();
        foreach (var (number, offset) in offsets)
        {
            var body = ObjectBody(text, number, offset);
            if (body is null || !PageType().IsMatch(body[..Math.Min(body.Length, DictionaryEnd(body))])) continue;
            if (Contents().Match(body) is not { Success: true } contents) continue;
            var references = contents.Groups[1].Success
                ? [int.Parse(contents.Groups[1].Value, CultureInfo.InvariantCulture)]
                : Regex.Matches(contents.Groups[2].Value, @"(\d+) 0 R", RegexOptions.None, TimeSpan.FromSeconds(1))
                .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            foreach (var reference in references)
            {
                if (offsets.TryGetValue(reference, out var at) && Rewrite(pdf, text, reference, at) is { } stream)
                    changed[reference] = stream;
            }
        }

        return changed.Count == 0 ? pdf : Append(pdf, changed, trailer, xrefAt);
    }

    private static bool TryReadXref(string text, int at, out Dictionary<int, int> offsets, out string trailer)
    {
        offsets = [];
        trailer = "";
        if (at < 0 || at >= text.Length || !text.AsSpan(at).StartsWith("xref", StringComparison.Ordinal)) return false;
        var lines = text[(at + 4)..].Split('\n');
        var i = 0;
        while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        while (i < lines.Length && Subsection().Match(lines[i].Trim()) is { Success: true } header)
        {
            var first = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
            for (var k = 0; k < count && i + 1 + k < lines.Length; k++)
            {
                var entry = lines[i + 1 + k].Trim();
                if (entry.EndsWith('n')) offsets[first + k] = int.Parse(entry[..10], CultureInfo.InvariantCulture);
            }

            i += count + 1;
            while (i < lines.Length && lines[i].Trim().Length == 0) i++;
        }

        var trailerAt = text.IndexOf("trailer", at, StringComparison.Ordinal);
        var end = trailerAt < 0 ? -1 : text.IndexOf("startxref", trailerAt, StringComparison.Ordinal);
        if (end < 0 || text.Contains("/Encrypt", StringComparison.Ordinal)) return false;
        trailer = text[(trailerAt + 7)..end].Trim();
        return offsets.Count > 0;
    }

    private static string? ObjectBody(string text, int number, int offset)
    {
        var header = $"{number} 0 obj";
        if (offset < 0 || offset >= text.Length || !text.AsSpan(offset).StartsWith(header, StringComparison.Ordinal))
            return null;
        return text[(offset + header.Length)..].TrimStart();
    }

    private static int DictionaryEnd(string body)
    {
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        var endobj = body.IndexOf("endobj", StringComparison.Ordinal);
        return stream < 0 ? endobj < 0 ? body.Length : endobj : endobj < 0 ? stream : Math.Min(stream, endobj);
    }

    private static byte[]? Rewrite(byte[] pdf, string text, int number, int offset)
    {
        var header = $"{number} 0 obj";
        var bodyAt = offset + header.Length;
        while (bodyAt < text.Length && char.IsWhiteSpace(text[bodyAt])) bodyAt++;
        if (FlateStream().Match(text, bodyAt, Math.Min(200, text.Length - bodyAt)) is not { Success: true } stream)
            return null;
        var length = int.Parse(stream.Groups[1].Value, CultureInfo.InvariantCulture);
        var dataAt = stream.Index + stream.Length;
        if (dataAt + length > pdf.Length) return null;

        byte[] content;
        try
        {
            using var inflate = new ZLibStream(new MemoryStream(pdf, dataAt, length), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            inflate.CopyTo(buffer);
            content = buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }

        if (UntaggedText.MarkAsArtifacts(content) is not { } marked) return null;
        using var compressed = new MemoryStream();
        using (var deflate = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(marked);
        return compressed.ToArray();
    }

    private static byte[] Append(byte[] pdf, SortedDictionary<int, byte[]> streams, string trailer, int previousXref)
    {
        using var output = new MemoryStream(pdf.Length + streams.Values.Sum(s => s.Length) + 1024);
        output.Write(pdf);
        if (pdf[^1] != '\n') output.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, data) in streams)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n<</Filter /FlateDecode\n/Length {data.Length}>> stream\n");
            output.Write(data);
            Write(output, "\nendstream\nendobj\n");
        }

        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var (number, offset) in offsets)
            table.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var dictionary = trailer.TrimEnd();
        dictionary = Regex.Replace(dictionary, @"/Prev\s+\d+", "", RegexOptions.None, TimeSpan.FromSeconds(1));
        dictionary = dictionary[..^2].TrimEnd() + $"\n/Prev {previousXref}>>";
        table.Append(CultureInfo.InvariantCulture, $"trailer\n{dictionary}\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
