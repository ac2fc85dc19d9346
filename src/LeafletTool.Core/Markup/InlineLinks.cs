namespace LeafletTool.Core.Markup;

/// <summary>
/// One <c>[text](address)</c> found in a piece of prose, or something that was meant to be one. Offsets
/// are into the prose's value. <see cref="Closed"/> is false when no <c>)</c> follows the address;
/// <see cref="SpaceBeforeAddress"/> is true for <c>[text] (address)</c>.
/// </summary>
public sealed record InlineLink(
    int Start, string Text, int AddressStart, string Address, bool Closed, bool SpaceBeforeAddress)
{
    /// <summary>Just past the link's last character.</summary>
    public int End => AddressStart + Address.Length + (Closed ? 1 : 0);
}

/// <summary>
/// Finds the links of the inline syntax (<c>[text](address)</c>) in prose, including broken ones: the one
/// reading of a link that the <c>link-format</c> rule checks, the prose walkers skip and
/// <see cref="InlineParser"/> turns into <see cref="LinkRun"/>s.
/// </summary>
public static class InlineLinks
{
    /// <summary>Every link, complete or broken, in order. Addresses end at a space or line break, or at a
    /// <c>)</c> that closes the link (brackets inside an address must balance).</summary>
    public static IReadOnlyList<InlineLink> Find(string text)
    {
        var links = new List<InlineLink>();
        var i = 0;
        while ((i = text.IndexOf('[', i)) >= 0)
        {
            if (At(text, i, out var resume) is { } link) links.Add(link);
            i = resume;
        }

        return links;
    }

    /// <summary>
    /// The link, complete or broken, that starts with the <c>[</c> at <paramref name="open"/>, or null when that
    /// bracket starts none. <paramref name="resume"/> is where to look for the next one.
    /// </summary>
    public static InlineLink? At(string text, int open, out int resume)
    {
        var close = CloseOf(text, open);
        if (close < 0)
        {
            resume = open + 1;
            return null;
        }

        var paren = close + 1;
        while (paren < text.Length && text[paren] == ' ') paren++;
        var spaced = paren > close + 1;
        if (paren >= text.Length || text[paren] != '(' || (spaced && !LooksLikeAddress(text, paren + 1)))
        {
            resume = close + 1;
            return null;
        }

        var (end, closed) = AddressEnd(text, paren + 1);
        var link = new InlineLink(open, text[(open + 1)..close], paren + 1, text[(paren + 1)..end], closed, spaced);
        resume = link.End;
        return link;
    }

    /// <summary>Offsets of <c>](</c> that no link found by <see cref="Find"/> accounts for: link text without
    /// its <c>[</c>.</summary>
    public static IEnumerable<int> StrayCloses(string text, IReadOnlyList<InlineLink> links)
    {
        var i = text.IndexOf("](", StringComparison.Ordinal);
        for (; i >= 0; i = text.IndexOf("](", i + 1, StringComparison.Ordinal))
        {
            var at = i;
            if (!links.Any(l => l.Start < at && at < l.AddressStart)) yield return at;
        }
    }

    private static int CloseOf(string text, int open)
    {
        for (var j = open + 1; j < text.Length; j++)
        {
            if (text[j] == ']') return j;
            if (text[j] is '[' or '\n') return -1;
        }

        return -1;
    }

    private static (int End, bool Closed) AddressEnd(string text, int start)
    {
        var depth = 0;
        for (var k = start; k < text.Length; k++)
        {
            var c = text[k];
            if (char.IsWhiteSpace(c)) return (k, false);
            if (c == '(') depth++;
            if (c == ')')
            {
                if (depth == 0) return (k, true);
                depth--;
            }
        }

        return (text.Length, false);
    }

    private static bool LooksLikeAddress(string text, int at)
    {
        var rest = text.AsSpan(at);
        return rest.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
    }
}
