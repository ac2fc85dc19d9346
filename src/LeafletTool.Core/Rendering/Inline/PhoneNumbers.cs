using System.Text;
using System.Text.RegularExpressions;
using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>
/// Finds UK phone numbers in running text so HTML can make them <c>tel:</c> links: 0 and 10 more digits,
/// +44 and 10 digits (spaces allowed between digits), and the service numbers 111, 999 and 116 xxx
/// when they follow "NHS", "call", "ring", "dial" or "phone" (so "room 111" stays text).
/// </summary>
public static partial class PhoneNumbers
{
    [GeneratedRegex(
        @"(?<![\d+])(?:\+44 ?(?:\(0\) ?)?\d(?: ?\d){9}|0\d(?: ?\d){9})(?!\d)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Subscriber();

    [GeneratedRegex(
        @"(?<=\b(?:NHS|[Cc]all|[Cc]alling|[Rr]ing|[Dd]ial|[Pp]hone|[Tt]elephone) )"
        + @"(?:111|999|116 ?\d{3})(?![\d\p{L}])",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex Service();

    /// <summary>The text cut into plain runs and phone numbers, in order.</summary>
    public static IEnumerable<InlineNode> Split(string text)
    {
        // Both patterns need three digits: most prose has fewer, and then the regular expressions need not run.
        if (!MayHaveNumber(text))
        {
            if (text.Length > 0) yield return new TextRun(text);
            yield break;
        }

        var matches = Subscriber().Matches(text).Concat(Service().Matches(text)).OrderBy(m => m.Index).ToList();
        var at = 0;
        foreach (var match in matches)
        {
            if (match.Index < at) continue;
            if (match.Index > at) yield return new TextRun(text[at..match.Index]);
            yield return new PhoneRun(match.Value, Href(match.Value));
            at = match.Index + match.Length;
        }

        if (at < text.Length) yield return new TextRun(text[at..]);
    }

    /// <summary>
    /// False when no pattern can match: no ASCII digit (the patterns start with one, or with +44), or fewer than three
    /// digits of any script (<c>\d</c> matches every decimal digit; the shortest number, 111, has three).
    /// </summary>
    internal static bool MayHaveNumber(string text)
    {
        var span = text.AsSpan();
        var next = span.IndexOfAnyInRange('0', '9');
        if (next < 0) return false;

        // ASCII digits found by a vector search, one after another; other digits only in text that is not all ASCII.
        var rest = span;
        for (var ascii = 1; next >= 0; ascii++)
        {
            if (ascii == 3) return true;
            rest = rest[(next + 1)..];
            next = rest.IndexOfAnyInRange('0', '9');
        }

        if (!span.ContainsAnyExceptInRange('\0', '\u007F')) return false;
        var digits = 0;
        foreach (var c in span)
        {
            if (char.IsDigit(c) && ++digits == 3) return true;
        }

        return false;
    }

    /// <summary>The <c>tel:</c> address of a number as written: international form for UK numbers
    /// (<c>tel:+442071884714</c>).</summary>
    public static string Href(string number)
    {
        var digits = new StringBuilder();
        foreach (var c in number.Replace("(0)", "", StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0)) digits.Append(c);
        }

        var d = digits.ToString();
        if (d.Length == 11 && d[0] == '0') d = "+44" + d[1..];
        return "tel:" + d;
    }
}
