using System.Runtime.CompilerServices;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// What the spelling rules look up for a word: the word without a final "'s" ("doctor's" → "doctor"), and,
/// when a hyphenated word is not listed whole, each part on its own ("needle-like" → "needle", "like").
/// </summary>
public static class SpellingUnits
{
    /// <summary>The word with a final "'s" (or "’s") dropped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TextRange WithoutPossessive(string text, TextRange word)
    {
        if (word.Length > 2 && text[word.End - 1] is 's' or 'S' && text[word.End - 2] is '\'' or '\u2019')
        {
            return word with { Length = word.Length - 2 };
        }

        return word;
    }

    /// <summary>The parts of a word between its hyphens (the word itself when it has none), possessive
    /// dropped.</summary>
    public static List<TextRange> Parts(string text, TextRange word)
    {
        word = WithoutPossessive(text, word);
        var parts = new List<TextRange>(1);
        var start = word.Start;
        for (var i = word.Start; i <= word.End; i++)
        {
            if (i < word.End && !ProseWords.IsHyphen(text[i])) continue;
            if (i > start) parts.Add(new TextRange(start, i - start));
            start = i + 1;
        }

        return parts;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasHyphen(string text, TextRange word)
    {
        for (var i = word.Start; i < word.End; i++)
        {
            if (ProseWords.IsHyphen(text[i])) return true;
        }

        return false;
    }

    /// <summary>The word in lower case with straight apostrophes, written into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        return lower;
    }

    /// <summary>The word with straight apostrophes, case kept.</summary>
    public static string Straight(ReadOnlySpan<char> word) => word.ToString().Replace('\u2019', '\'');
}
