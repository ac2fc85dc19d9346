using System.Text;

namespace LeafletTool.Core.Markup;

/// <summary>
/// Reads the only inline markup leaflets have: <c>**strong**</c> and <c>[text](address)</c>. A link is one that
/// <see cref="InlineLinks"/> finds complete, with text, and to an https, http, mailto or tel address; anything
/// else, an unclosed <c>**</c> or a broken link included, stays text (the <c>link-format</c> rule reports the
/// broken links). The renderer gives it text already tidied and finds phone numbers in the text runs itself.
/// </summary>
public static class InlineParser
{
    private static readonly string[] Schemes = ["https://", "http://", "mailto:", "tel:"];

    /// <summary>The text as runs of plain text, strong text and links, in order.</summary>
    public static List<InlineNode> Parse(string text) => Parse(text, allowStrong: true);

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
            else if (text[i] == '[' && InlineLinks.At(text, i, out _) is { } found && ToRun(found) is { } link)
            {
                Flush(plain, nodes);
                nodes.Add(link);
                i = found.End;
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

    /// <summary>The link a reader can follow, or null when it is broken, has no text or goes elsewhere.</summary>
    private static LinkRun? ToRun(InlineLink link)
    {
        var label = link.Text.Trim();
        return link.Closed && !link.SpaceBeforeAddress && label.Length > 0 && HasAllowedScheme(link.Address)
            ? new LinkRun(label, link.Address)
            : null;
    }

    private static bool HasAllowedScheme(string address) =>
        Schemes.Any(s => address.StartsWith(s, StringComparison.OrdinalIgnoreCase) && address.Length > s.Length);

    private static void Flush(StringBuilder plain, List<InlineNode> nodes)
    {
        if (plain.Length == 0) return;
        nodes.Add(new TextRun(plain.ToString()));
        plain.Clear();
    }
}
