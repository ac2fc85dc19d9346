using System.Text;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Finds text drawn outside any marked-content sequence in a page's content stream (Chromium's page numbers
/// from CSS <c>@page</c> margin boxes are drawn so) and wraps each such <c>BT … ET</c> in
/// <c>/Artifact &lt;&lt;/Type /Pagination&gt;&gt; BDC … EMC</c>, so no text is outside the tags and readers skip it.
/// </summary>
public static class UntaggedText
{
    private static readonly byte[] Prefix = Encoding.ASCII.GetBytes("/Artifact <</Type /Pagination>> BDC\n");
    private static readonly byte[] Suffix = Encoding.ASCII.GetBytes("\nEMC");

    /// <summary>The content with untagged text wrapped, or null when there is none (or the stream has inline images,
    /// which are left alone).</summary>
    public static byte[]? MarkAsArtifacts(ReadOnlySpan<byte> content)
    {
        var output = new MemoryStream(content.Length + 256);
        var depth = 0;
        var copied = 0;
        var textStart = -1;
        var i = 0;
        while (i < content.Length)
        {
            var c = content[i];
            if (IsWhite(c)) i++;
            else if (c == '%') i = SkipLine(content, i);
            else if (c == '(') i = SkipString(content, i);
            else if (c == '<')
                i = i + 1 < content.Length && content[i + 1] == '<' ? i + 2 : SkipPast(content, i, (byte)'>');
            else if (c is (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}') i++;
            else
            {
                var start = i;
                i++;
                while (i < content.Length && !IsWhite(content[i]) && !IsDelimiter(content[i])) i++;
                if (c == '/') continue;
                switch (Encoding.ASCII.GetString(content[start..i]))
                {
                    case "BI":
                        return null;
                    case "BDC" or "BMC":
                        depth++;
                        break;
                    case "EMC":
                        depth = Math.Max(0, depth - 1);
                        break;
                    case "BT" when depth == 0:
                        textStart = start;
                        break;
                    case "ET" when textStart >= 0:
                        output.Write(content[copied..textStart]);
                        output.Write(Prefix);
                        output.Write(content[textStart..i]);
                        output.Write(Suffix);
                        copied = i;
                        textStart = -1;
                        break;
                }
            }
        }

        if (copied == 0) return null;
        output.Write(content[copied..]);
        return output.ToArray();
    }

    private static bool IsWhite(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0;

    private static bool IsDelimiter(byte c)
        => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static int SkipLine(ReadOnlySpan<byte> content, int i)
    {
        while (i < content.Length && content[i] != '\n' && content[i] != '\r') i++;
        return i;
    }

    private static int SkipPast(ReadOnlySpan<byte> content, int i, byte end)
    {
        var at = content[i..].IndexOf(end);
        return at < 0 ? content.Length : i + at + 1;
    }

    private static int SkipString(ReadOnlySpan<byte> content, int i)
    {
        var nesting = 0;
        for (; i < content.Length; i++)
        {
            var c = content[i];
            if (c == '\\') i++;
            else if (c == '(') nesting++;
            else if (c == ')' && --nesting == 0) return i + 1;
        }

        return content.Length;
    }
}
