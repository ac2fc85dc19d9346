using System.Collections.Concurrent;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// Up to 3 words to suggest for an unknown word, from the dictionary and the house dictionary: the nearest
/// first (edit distance 1, then 2), lower-case words before names for a lower-case word, a word that keeps the
/// ending, then the word leaflets use most (<see cref="WordRanks"/>), the likeliest slip (a swapped pair, a doubled
/// letter, one vowel for another), words with the same first letter, and words of the same length.
/// </summary>
public static class Suggestions
{
    /// <summary>Looks for near words to suggest for a word the dictionary does not have; built on first use.</summary>
    private static readonly Lazy<SuggestionIndex> DictionaryIndex = new(
        SuggestionIndex.OfDictionary);

    private const int CacheLimit = 50_000;
    /// <summary>The words near a word, by the word and the distance searched (a search within 1 is not one within 2).
    /// </summary>
    private static readonly ConcurrentDictionary<(string, int), List<(string Word, int Distance)>> DictionaryCache =
        new();

    /// <summary>Suggestions for <paramref name="word"/> (as written), in its capitalisation.</summary>
    public static IReadOnlyList<string> For(string word, IReadOnlyList<string> houseWordsLower, int count = 3) =>
        Judge(word, houseWordsLower, null, count).Words;

    /// <summary>
    /// Up to <paramref name="count"/> suggestions for <paramref name="word"/>, best first, and the fix: the first
    /// suggestion when it is clearly the word meant (<see cref="SuggestionFix.IsClear"/>), else none.
    /// <paramref name="localUses"/> tells how often a lower-case word is used in the leaflet and the folder checked:
    /// a slip is most often of a word the writer uses elsewhere.
    /// </summary>
    public static SuggestionSet Judge(
        string word, IReadOnlyList<string> houseWordsLower, Func<string, int>? localUses, int count = 3)
    {
        var lower = word.ToLowerInvariant();
        var limit = lower.Length <= 4 ? 1 : 2;
        var candidates = new Dictionary<string, int>(StringComparer.Ordinal);

        // "london" for "London", "nasa" for "NASA": the same word in the capitals the dictionary has.
        foreach (var cased in (string[])[WordShapes.Apply(WordShape.Capitalised, lower), lower.ToUpperInvariant()])
        {
            if (cased != word && EnglishDictionary.Words.ContainsExactly(cased)) candidates.TryAdd(cased, 0);
        }

        // "dont" for "don't", "youre" for "you're": a contraction typed without its apostrophe.
        foreach (var contraction in WithApostrophe(lower)) candidates.TryAdd(contraction, 0);
        foreach (var (candidate, distance) in NearInDictionary(lower, limit)) candidates.TryAdd(candidate, distance);
        var house = new HashSet<string>(StringComparer.Ordinal);
        foreach (var houseWord in houseWordsLower)
        {
            var distance = EditDistance.Bounded(lower, houseWord, limit);
            if (distance > 0 && distance <= limit && candidates.TryAdd(houseWord, distance)) house.Add(houseWord);
        }

        // Only the nearest words can be among the first few: rank those at the nearest distance, and the
        // farther ones too when there are not enough of those.
        var nearest = candidates.Count == 0 ? 0 : candidates.Values.Min();
        var enough = candidates.Count(c => c.Value == nearest) >= count;
        var shape = WordShapes.Of(word);
        var ranked = candidates
            .Where(c => c.Value == nearest || !enough)
            .Select(c => new Candidate(c.Key, c.Value, EditDistance.Weighted(lower, c.Key.ToLowerInvariant()),
                c.Key.ToLowerInvariant(), house.Contains(c.Key), localUses?.Invoke(c.Key.ToLowerInvariant()) ?? 0))
            .Where(c => c.Distance == 0 || c.Lower != lower)
            .OrderBy(c => c.Distance)
            .ThenBy(c => shape == WordShape.Lower && WordShapes.Of(c.Word) != WordShape.Lower ? 1 : 0)
            // A slip keeps the word's ending: "operatios" is "operations" before "operation", "proccedure" is
            // "procedure" before "procedures" (measured on planted typos, bench/language-accuracy).
            .ThenBy(c => KeepsEnding(lower, c.Lower) ? 0 : 1)
            // A word used in the leaflet or folder, the word leaflets use most, then the likeliest slip
            // (bench/language-accuracy).
            .ThenBy(c => c.LocalUses > 0 ? 0 : 1)
            .ThenByDescending(c => c.Rank.Score)
            .ThenBy(c => c.Weighted)
            .ThenBy(c => c.Lower[0] == lower[0] ? 0 : 1)
            .ThenBy(c => Math.Abs(c.Lower.Length - lower.Length))
            .ThenBy(c => c.Word, StringComparer.Ordinal)
            .DistinctBy(c => c.Lower, StringComparer.Ordinal)
            .ToList();
        var words = ranked.Take(count).Select(c => MatchCase(shape, c.Lower, candidates)).ToList();
        var clear = SuggestionFix.IsClear(lower, shape != WordShape.Lower, ranked);
        return new SuggestionSet(words, clear ? words[0] : null);
    }

    /// <summary>Whether <paramref name="candidate"/> ends as <paramref name="word"/> does, in a plural -s or not: a
    /// slip keeps a word's ending.</summary>
    internal static bool KeepsEnding(string word, string candidate) => EndsInS(candidate) == EndsInS(word);

    private static bool EndsInS(string word) => word.Length > 3 && word[^1] == 's' && word[^2] != 's';

    /// <summary>Whether a dictionary word is one slip (edit distance 1) from <paramref name="lower"/>.</summary>
    public static bool HasWordOneSlipAway(string lower) => NearInDictionary(lower, 1).Exists(n => n.Distance == 1);

    private static List<(string Word, int Distance)> NearInDictionary(string lower, int limit)
    {
        if (DictionaryCache.TryGetValue((lower, limit), out var cached)) return cached;
        var found = DictionaryIndex.Value.Near(lower, limit);
        if (DictionaryCache.Count < CacheLimit) DictionaryCache.TryAdd((lower, limit), found);
        return found;
    }

    /// <summary>The suggestion in the capitalisation of the word written; a proper name keeps its capital.</summary>
    private static string MatchCase(WordShape shape, string lower, Dictionary<string, int> candidates)
    {
        var listed = candidates.ContainsKey(lower) ? lower
            : candidates.Keys.First(k => k.Equals(lower, StringComparison.OrdinalIgnoreCase));
        return shape == WordShape.Lower ? listed : WordShapes.Apply(shape, listed);
    }

    /// <summary>The dictionary's contractions that are <paramref name="lower"/> with an apostrophe put back before its
    /// last one, two or three letters ("don't", "you're", "you'll").</summary>
    private static IEnumerable<string> WithApostrophe(string lower)
    {
        if (lower.Length < 3 || lower.Contains('\'')) yield break;
        for (var tail = 1; tail <= 3 && tail < lower.Length - 1; tail++)
        {
            var cut = lower.Length - tail;
            var contraction = string.Concat(lower.AsSpan(0, cut), "'", lower.AsSpan(cut));
            if (EnglishDictionary.Words.ContainsExactly(contraction)) yield return contraction;
        }
    }
}
