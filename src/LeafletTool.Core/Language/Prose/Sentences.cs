using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>One sentence of a text value: its words, from <see cref="FirstWord"/> (an index into the value's
/// words).</summary>
public readonly record struct Sentence(int FirstWord, int WordCount);

/// <summary>
/// Splits a text value's words into sentences as <c>parse-english</c> does: a sentence ends at <c>. ? ! …</c>
/// (with any closing bracket or quote) followed by a space, unless the next word starts with a small letter
/// or a digit ("e.g. the", "2. 3"), or the full stop ends an abbreviation ("Dr.", "Mon."); a blank line always
/// ends one. Every text value is at least one sentence: headings and list items count as sentences.
/// </summary>
public static partial class Sentences
{
    public static List<Sentence> Of(string text, List<TextRange> words)
    {
        var sentences = new List<Sentence>();
        AddTo(text, CollectionsMarshal.AsSpan(words), sentences);
        return sentences;
    }

    /// <summary>Whether the lower-case list holds <paramref name="word"/> (for the test that holds it to
    /// <see cref="Abbreviation"/>).</summary>
    internal static bool IsListedLowerCase(ReadOnlySpan<char> word) => LowerCaseLookup.Contains(word);

    /// <summary>Adds the sentences of a text value's words to <paramref name="sentences"/>.</summary>
    public static void AddTo(string text, ReadOnlySpan<TextRange> words, List<Sentence> sentences)
    {
        if (words.Length == 0) return;
        var first = 0;
        for (var k = 0; k + 1 < words.Length; k++)
        {
            // Most words are followed by one space: no break, and nothing before the space to end a sentence.
            var (word, next) = (words[k], words[k + 1]);
            if (next.Start == word.End + 1 && text[word.End] == ' ') continue;
            if (!EndsSentence(text, word, next)) continue;
            sentences.Add(new Sentence(first, k + 1 - first));
            first = k + 1;
        }

        sentences.Add(new Sentence(first, words.Length - first));
    }

    private static bool EndsSentence(string text, TextRange word, TextRange next)
    {
        var gap = text.AsSpan(word.End, next.Start - word.End);
        if (CountBreaks(gap) >= 2) return true;

        var space = gap.IndexOfAny(" \t\r\n\u00A0");
        if (space < 0) return false;
        var before = gap[..space];
        if (before.IndexOfAny(".?!\u2026\u203D") < 0) return false;

        // The next sentence's first token is the word itself (not an opening bracket or quote).
        var after = gap[space..].Trim(" \t\r\n\u00A0");
        if (after.IsEmpty)
        {
            var c = text[next.Start];
            if (char.IsLower(c) || char.IsDigit(c)) return false;
        }

        if (before is "." && IsAbbreviation(text.AsSpan(word.Start, word.Length))) return false;
        return true;
    }

    private static int CountBreaks(ReadOnlySpan<char> gap)
    {
        var breaks = 0;
        for (var i = 0; i < gap.Length; i++)
        {
            if (gap[i] == '\n' || (gap[i] == '\r' && (i + 1 == gap.Length || gap[i + 1] != '\n'))) breaks++;
        }

        return breaks;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        // The lists' longest entries: 5 letters in lower case ("thurs"), 9 as written ("Northants"); and every entry
        // as written starts with a capital A to Z. Most words that end a sentence are ruled out here.
        if (word.Length > 9) return false;
        var capital = char.IsAsciiLetterUpper(word[0]);
        if (word.Length > 5) return capital && AbbreviationSensitive().IsMatch(word);
        if (!capital && char.IsAscii(word[0]) && !char.IsAsciiLetterLower(word[0])) return false;
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return LowerCaseLookup.Contains(lower) || (capital && AbbreviationSensitive().IsMatch(word));
    }

    // parse-english 7.0.0's lists (MIT, Titus Wormer): month, day and measure abbreviations in lower case (looked up
    // in a set; a test holds the set to the package's expression, below), then titles and place names as written.
    private static readonly HashSet<string> LowerCase = new(StringComparer.Ordinal)
    {
        "thurs", "tbsp", "tsp", "sept", "sec", "sq", "tues", "bbls", "yds", "thu", "sep", "tue", "bbl", "nov", "aug",
        "jul", "jun", "apr", "hr", "jan", "sun", "mar", "mon", "min", "sat", "oct", "kt", "pt", "qt", "gro", "gal",
        "feb", "fri", "fl", "ft", "dec", "doz", "wed", "lbs", "ltd", "inc", "in", "mi", "gr", "yd", "lb", "oz", "cu",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseLookup =
        LowerCase.GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(
        @"^(t(?:hurs|bsp|sp)|s(?:e(?:pt|c)|q)|(?:tue|bbl|yd)s|thu|sep|tue|bbl|nov|aug|ju[ln]|(?:ap|h)r|"
        + @"(?:ja|su)n|m(?:ar|on|in)|(?:sa|oc|[kpq])t|g(?:ro|al)|f(?:eb|ri|[lt])|d(?:ec|oz)|wed|l(?:bs|td)|"
        + @"inc?|mi|gr|yd|lb|oz|cu)$")]
    internal static partial Regex Abbreviation();

    [GeneratedRegex(
        @"^((?:Northant|Derby|S(?:hrop|taff)|W(?:ark|orc)|L(?:in|ei|an)c|C(?:amb|he)|Trea|York|B(?:uck|"
        + @"e(?:rk|d))|(?:Not|Wil)t|H(?:er|[au]n)t|Glo|Pre)s|Northumb|N(?:or(?:thd|f)|e(?:br|v)|atl)|"
        + @"M(?:(?:essr|as|se)s|i(?:ddx|nn|ch|ss)|ont|lle|s(?:gr|s)|ddx|(?:me|r)s?|a[jn]|ex|gr|o|d|e|s|"
        + @"[tx])?|Heref|P(?:enna|[ahot])|D(?:e(?:rbs|[lv])|r)|Westm|(?:Cali|Pro)f|S(?:a(?:lop|sk)|uff|om|"
        + @"e[cn]|[qrxy])|(?:Bldg|Kan)s?|Here|P(?:enn?|k)|St(?:af)?|W(?:isc|arw|yo)|C(?:umb|olo)|B(?:lvd|"
        + @"rig)|(?:Ok|F)la|(?:Pk|[FH])wy|A(?:r(?:iz|k)|lt?a|tty|m[bd])|(?:Cap|S(?:up|g)|On|Ru|U)t|(?:Ter|Cd|"
        + @"D[ou]|Sn|J)r|(?:Oxo|Co[nr]|Ten|Ke|Ge|Ho)n|Wash|N(?:eb|at)|W(?:is|ar|o)|C(?:al|ol?)|Qu[e\u00E9]|"
        + @"I(?:ll|a)|Tex|G(?:ov|a)|Ind|R(?:te|e[pv]|d)|Ida|(?:Yu|Da)k|(?:Or|Av)e|Ssx|Ok|La|Br|Rt|Id|V[at]|"
        + @"Ky|Lt|F[rt])$")]
    private static partial Regex AbbreviationSensitive();
}
