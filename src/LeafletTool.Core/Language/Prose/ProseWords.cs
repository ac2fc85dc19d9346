using System.Globalization;
using System.Runtime.CompilerServices;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// The words of a text value that the spelling rules look at, with their place in the value. Words are runs of
/// letters with apostrophes and hyphens inside ("you'll", "long-term"). Left out: anything with a digit
/// ("9am", "COVID-19", phone numbers), web and e-mail addresses ("www.nhs.uk", "pain.nurses@example.nhs.uk",
/// "https://…"), and link targets (<c>[text](address)</c>: the text is checked, the address is not).
/// </summary>
public static partial class ProseWords
{
    private static readonly string[] TopLevelDomains = ["uk", "com", "org", "net", "gov", "nhs", "info", "io", "co",
        "ac", "eu", "int", "edu", "scot", "wales", "cymru"];

    public static List<TextRange> Of(string text)
    {
        var words = new List<TextRange>(text.Length / 6 + 1);
        AddTo(text, words);
        return words;
    }

    /// <summary>Adds the words of a text value to <paramref name="words"/>.</summary>
    public static void AddTo(string text, List<TextRange> words)
    {
        var hidden = MarkupRanges.HiddenRanges(text);
        if (hidden.Length == 0)
        {
            AddUnlinked(text, words);
            return;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (MarkupRanges.IsHidden(hidden, i, out var resume))
            {
                i = resume;
                continue;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !MarkupRanges.IsHidden(hidden, i, out _)) i++;
            if (!IsAddress(text.AsSpan(start, i - start))) AddWords(text, start, i, words);
        }
    }

    /// <summary>
    /// Hands the words of a text value to <paramref name="sink"/> as they are found, without a list of them (a value
    /// with links is found into <paramref name="scratch"/> first, and its words are not marked plain).
    /// </summary>
    internal static void Scan<TSink>(string text, ref TSink sink, List<TextRange> scratch)
        where TSink : struct, IProseWordSink
    {
        if (MarkupRanges.HiddenRanges(text).Length == 0)
        {
            ScanUnlinked(text, ref sink);
            return;
        }

        scratch.Clear();
        AddTo(text, scratch);
        foreach (var word in scratch) sink.Add(text, word.Start, word.Length, plain: false);
    }

    /// <summary>
    /// The same for a value without links, in one pass: each chunk's words are added as they are found and taken
    /// back if the chunk turns out to be an address (only a chunk with a ".", "@" or ":" can be one).
    /// </summary>
    private static void AddUnlinked(string text, List<TextRange> words)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var chunk = i;
            var firstWord = words.Count;
            var mayBeAddress = false;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (!IsLetterOrDigit(text[i]))
                {
                    mayBeAddress |= text[i] is '.' or '@' or ':';
                    i++;
                    continue;
                }

                // A letter or digit is never a space, so a word never runs past its chunk.
                var start = i;
                var hasDigit = false;
                while (i < text.Length)
                {
                    // The bulk of a word: ASCII letters, one test each (neither digits nor joiners).
                    while (char.IsAsciiLetter(text[i]) && ++i < text.Length)
                    {
                    }

                    if (i == text.Length) break;
                    if (IsLetterOrDigit(text[i]))
                    {
                        hasDigit |= char.IsDigit(text[i]);
                        i++;
                    }
                    else if (IsJoiner(text[i]) && i + 1 < text.Length && IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (!hasDigit) words.Add(new TextRange(start, i - start));
            }

            if (mayBeAddress && IsAddress(text.AsSpan(chunk, i - chunk)))
                words.RemoveRange(firstWord, words.Count - firstWord);
        }
    }

    /// <summary>Apostrophes and hyphens inside words; the curly apostrophe counts as the straight one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static void AddWords(string text, int from, int to, List<TextRange> words)
    {
        var i = from;
        while (i < to)
        {
            if (!IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var hasDigit = false;
            while (i < to)
            {
                if (IsLetterOrDigit(text[i]))
                {
                    hasDigit |= char.IsDigit(text[i]);
                    i++;
                }
                else if (IsJoiner(text[i]) && i + 1 < to && IsLetterOrDigit(text[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            if (!hasDigit) words.Add(new TextRange(start, i - start));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLetterOrDigit(char c)
        => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsOtherLetterOrDigit(c);

    private static bool IsOtherLetterOrDigit(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Whether a chunk (a run without spaces) is a web or e-mail address.</summary>
    internal static bool IsAddress(ReadOnlySpan<char> chunk)
    {
        // Every kind of address below has an "@", a "://" or a dot: most words have none.
        var dot = chunk.IndexOfAny('.', '@', ':');
        if (dot < 0) return false;
        if (chunk.Contains('@') || chunk.IndexOf("://", StringComparison.Ordinal) >= 0) return true;

        // Past those, a "www." or a domain needs a dot inside the chunk as trimmed: a dot with a character after it
        // that trimming keeps. A word that ends a sentence ("today.") has none, and is settled without the trim.
        if (chunk[dot] != '.') dot = chunk.IndexOf('.');
        if (dot < 0 || !HasKeptAfter(chunk[(dot + 1)..])) return false;
        var trimmed = chunk.Trim(Trimmed);
        if (trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;

        // A domain: letters, a dot, ..., and a known top-level domain at the end or before a "/".
        var slash = trimmed.IndexOf('/');
        var host = slash >= 0 ? trimmed[..slash] : trimmed;
        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || lastDot == host.Length - 1) return false;
        var tld = host[(lastDot + 1)..];
        foreach (var known in TopLevelDomains)
        {
            if (tld.Equals(known, StringComparison.OrdinalIgnoreCase)) return char.IsLetterOrDigit(host[lastDot - 1]);
        }

        return false;
    }

    private const string Trimmed = "()[]{}<>\"'\u2018\u2019\u201C\u201D.,;:!?*";

    /// <summary>Whether any character of <paramref name="rest"/> is one <see cref="Trimmed"/> lacks.</summary>
    private static bool HasKeptAfter(ReadOnlySpan<char> rest)
    {
        foreach (var c in rest)
        {
            if (c is not ('(' or ')' or '[' or ']' or '{' or '}' or '<' or '>' or '"' or '\'' or '\u2018' or '\u2019'
                or '\u201C' or '\u201D' or '.' or ',' or ';' or ':' or '!' or '?' or '*')) return true;
        }

        return false;
    }
}
