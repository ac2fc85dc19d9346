using System.Globalization;
using System.Runtime.CompilerServices;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// Cuts a text value into words as readers (and the npm package <c>parse-english</c>) count them: a run of
/// letters and digits, joined across one of <c>&amp; ' - . : = ? @ _ ’</c> when a letter or digit follows
/// ("long-term", "you'll", "5.30pm" and "pain.nurses@example.nhs.uk" are one word each), and across "/"
/// between short parts ("w/c"). Link targets (<c>[text](address)</c>) are not text and are left out.
/// </summary>
public static class ReadingWords
{
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
        ReadOnlySpan<char> value = text;
        var i = 0;
        while (i < value.Length)
        {
            if (MarkupRanges.IsHidden(hidden, i, out var resume))
            {
                i = resume;
                continue;
            }

            if (!IsWordChar(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i = WordEnd(value, i);
            words.Add(new TextRange(start, i - start));
        }
    }

    /// <summary>Where the word that starts at <paramref name="start"/> (a word character) ends.</summary>
    private static int WordEnd(ReadOnlySpan<char> value, int start)
    {
        var i = start;
        while (true)
        {
            // Letters a to z, the bulk of a word, take one test each.
            while (++i < value.Length && (char.IsAsciiLetterLower(value[i]) || IsWordChar(value[i])))
            {
            }

            // i is past a run of word characters; a joiner followed by a word character goes on with the word.
            if (i + 1 >= value.Length || !IsWordChar(value[i + 1])) return i;
            var c = value[i];
            if (IsInnerSymbol(c)) i++;
            else if (c == '/' && i - start < 3 && NextRunLength(value, i + 1) < 3) i++;
            else return i;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(char c) => char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : IsOtherWordChar(c);

    private static bool IsOtherWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            or UnicodeCategory.EnclosingMark;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsInnerSymbol(char c) =>
        c is '&' or '\'' or '-' or '.' or ':' or '=' or '?' or '@' or '_'
            or '\u00AD' or '\u00B7' or '\u2010' or '\u2011' or '\u2019' or '\u2027';

    private static int NextRunLength(ReadOnlySpan<char> text, int from)
    {
        var end = from;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end - from;
    }
}
