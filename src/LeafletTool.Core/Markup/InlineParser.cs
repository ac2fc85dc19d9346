using System.Text;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>
/// Reads the only inline markup leaflets have: <c>**strong**</c> and <c>[text](address)</c>. Anything else,
/// including an unclosed <c>**</c> or a link to an address that is not https, http, mailto or tel, stays text.
/// Phone numbers in the text (not in link text) become <see cref="PhoneRun"/>s.
/// </summary>
public static class InlineParser
{
    private static readonly string[] Schemes = ["https://", "http://", "mailto:", "tel:"];

    public static IReadOnlyList<InlineNode> Parse(string text) => Parse(TextNormaliser.Normalise(text), allowStrong: true);

    /// <summary>As <see cref="Parse(string)"/>, for text already through <see cref="TextNormaliser"/>.</summary>
    internal static List<InlineNode> ParseNormalised(string text) => Parse(text, allowStrong: true);

    private static List<InlineNode> Parse(string text, bool allowStrong)
    {
        var nodes = new List<InlineNode>();
        var plain = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (allowStrong && IsStrongStart(text, i) && FindStrongEnd(text, i + 2) is var end and > 0)
            {
                Flush(plain, nodes);
                nodes.Add(new StrongRun(Parse(text[(i + 2)..end], allowStrong: false)));
                i = end + 2;
            }
            else if (text[i] == '[' && TryLink(text, i, out var link, out var next))
            {
                Flush(plain, nodes);
                nodes.Add(link);
                i = next;
            }
            else
            {
                plain.Append(text[i]);
                i++;
            }
        }

        Flush(plain, nodes);
        return nodes;
    }

    private static bool IsStrongStart(string text, int i) =>
        i + 2 < text.Length && text[i] == '*' && text[i + 1] == '*' && !char.IsWhiteSpace(text[i + 2]);

    /// <summary>The index of the closing <c>**</c>: not right after whitespace, so "2 ** 3" stays text.</summary>
    private static int FindStrongEnd(string text, int from)
    {
        for (var j = from + 1; j + 1 < text.Length; j++)
        {
            if (text[j] == '*' && text[j + 1] == '*' && !char.IsWhiteSpace(text[j - 1])) return j;
        }

        return -1;
    }

    private static bool TryLink(string text, int start, out LinkRun link, out int next)
    {
        link = null!;
        next = start;
        var close = text.IndexOf("](", start + 1, StringComparison.Ordinal);
        if (close <= start + 1 || text.IndexOf('[', start + 1, close - start - 1) >= 0) return false;
        var depth = 0;
        var j = close + 2;
        for (; j < text.Length; j++)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c)) return false;
            if (c == '(') depth++;
            else if (c == ')' && depth-- == 0) break;
        }

        if (j >= text.Length) return false;
        var address = text[(close + 2)..j];
        var label = text[(start + 1)..close].Trim();
        if (label.Length == 0 || !HasAllowedScheme(address)) return false;
        link = new LinkRun(label, address);
        next = j + 1;
        return true;
    }

    private static bool HasAllowedScheme(string address) =>
        Schemes.Any(s => address.StartsWith(s, StringComparison.OrdinalIgnoreCase) && address.Length > s.Length);

    private static void Flush(StringBuilder plain, List<InlineNode> nodes)
    {
        if (plain.Length == 0) return;
        nodes.AddRange(PhoneNumbers.Split(plain.ToString()));
        plain.Clear();
    }
}
