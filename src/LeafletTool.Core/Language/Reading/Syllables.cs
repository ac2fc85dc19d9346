using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Language.Reading;

/// <summary>
/// Counts syllables the way the npm package <c>syllable</c> 5.0.1 does (a port of its rules and its list of
/// problematic words, MIT, see THIRD-PARTY-NOTICES.md), so the readability numbers agree with that standard
/// implementation: "cryotherapy" 4, "radiofrequency" 7, "X-ray" 2, and numbers 0. Results are cached per word.
/// </summary>
public static partial class Syllables
{
    /// <summary>
    /// The most words the shared cache holds (about 4 MB): a library's words are a language's, so they fill it slowly;
    /// a word beyond it is counted each time.
    /// </summary>
    private const int CacheLimit = 50_000;
    private static readonly ConcurrentDictionary<string, int> Cache = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CacheBySpan =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// How many words <see cref="Cache"/> holds, counted as they are added: the dictionary's own count takes all its
    /// locks, and was asked for each new word (10,000 leaflets with a number in each title: 1.5 % of a build).
    /// </summary>
    private static int cacheCount;

    /// <summary>Syllables in a word as written (any case, with hyphens, apostrophes or digits).</summary>
    public static int Count(string word) => Count(word.AsSpan());

    /// <summary>
    /// Syllables in a word as written; no string is made for a word counted before. The worker's
    /// <paramref name="memos"/>, when given, answer in front of the shared cache. Why: a hit in the shared
    /// (concurrent) dictionary costs interface calls to its comparer and volatile reads; the memo answers a leaflet's
    /// 1,070 words in 0.009 ms instead of 0.014 ms.
    /// </summary>
    public static int Count(ReadOnlySpan<char> word, WordMemos? memos = null) =>
        memos is null ? Shared(word) : memos.Syllables.Get(word, Shared);

    /// <summary>Whether the shared cache holds <paramref name="word"/> (for tests).</summary>
    internal static bool IsCached(ReadOnlySpan<char> word) => CacheBySpan.TryGetValue(word, out _);

    private static int Shared(ReadOnlySpan<char> word)
    {
        if (CacheBySpan.TryGetValue(word, out var cached)) return cached;
        var text = word.ToString();
        var count = CountUncached(text);
        // A word with a digit is not cached: numbers are as many as the leaflets ("Angioplasty (17)"), and 100,000
        // leaflets' titles kept 100,000 of them, about 85 bytes each, for the whole build.
        if (word.ContainsAnyInRange('0', '9')) return count;
        if (Volatile.Read(ref cacheCount) < CacheLimit && Cache.TryAdd(text, count))
        {
            Interlocked.Increment(ref cacheCount);
        }

        return count;
    }

    private static int CountUncached(string value)
    {
        var text = Normalise(value).ToLowerInvariant().Replace("'", "", StringComparison.Ordinal)
            .Replace("\u2019", "", StringComparison.Ordinal);
        var sum = 0;
        var i = 0;
        while (i < text.Length)
        {
            // JavaScript's split(/\b/) cuts between [A-Za-z0-9_] and everything else; only the letters a-z of each
            // piece count.
            var isWord = IsJsWordChar(text[i]);
            var start = i;
            while (i < text.Length && IsJsWordChar(text[i]) == isWord) i++;
            var piece = new StringBuilder();
            foreach (var c in text.AsSpan(start, i - start))
            {
                if (c is >= 'a' and <= 'z') piece.Append(c);
            }

            sum += One(piece.ToString());
        }

        return sum;
    }

    /// <summary>The singular of a plural in -ies, -s or -es, as far as the problematic words need it; else null.
    /// </summary>
    private static string? SingularOf(string value)
    {
        if (value.EndsWith("ies", StringComparison.Ordinal) && Problematic.ContainsKey(value[..^3] + "y"))
        {
            return value[..^3] + "y";
        }

        if (value.EndsWith('s') && !value.EndsWith("ss", StringComparison.Ordinal))
        {
            return Problematic.ContainsKey(value[..^1]) ? value[..^1]
                : value.EndsWith("es", StringComparison.Ordinal) ? value[..^2] : null;
        }

        return null;
    }

    private static bool IsJsWordChar(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';

    /// <summary>Accented letters to their plain forms, as the package's <c>normalize-strings</c> step does.</summary>
    private static string Normalise(string value)
    {
        if (value.All(char.IsAscii)) return value;
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        }

        return builder.ToString().Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("Æ", "AE", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
    }

    private static int One(string value)
    {
        if (value.Length == 0) return 0;
        if (value.Length < 3) return 1;
        if (Problematic.TryGetValue(value, out var known)) return known;
        // The package also looks up the singular ("peoples", as "people's" is counted once its apostrophe is
        // dropped, is "people": 2).
        if (SingularOf(value) is { } singular && Problematic.TryGetValue(singular, out var knownSingular))
        {
            return knownSingular;
        }

        var count = 0;
        value = Triple().Replace(value, _ => { count += 3; return ""; });
        value = Double().Replace(value, _ => { count += 2; return ""; });
        value = Single().Replace(value, _ => { count += 1; return ""; });

        foreach (var part in NonVowels().Split(value))
        {
            if (part.Length > 0) count++;
        }

        count -= MonosyllabicOne().Count(value) + MonosyllabicTwo().Count(value);
        count += DoubleSyllabicOne().Count(value) + DoubleSyllabicTwo().Count(value)
            + DoubleSyllabicThree().Count(value);
        if (DoubleSyllabicFour().IsMatch(value)) count++;
        return count == 0 ? 1 : count;
    }
}
