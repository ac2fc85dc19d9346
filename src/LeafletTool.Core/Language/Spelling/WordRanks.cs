using System.Globalization;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// How familiar a word is, for ordering suggestions and for judging whether one is clearly the word meant: how
/// many real leaflets of the development corpus use it, its SCOWL size class (35 for the commonest words, 50,
/// else 70), SCOWL's sizes being frequency classes, and whether the medical lexicon, written for leaflets, has it.
/// Made by <c>tools/language-data/build_word_ranks.py</c>; loaded once, on first use (only when a word needs
/// suggestions).
/// </summary>
public static class WordRanks
{
    private static readonly Lazy<Dictionary<string, Rank>> Table = new(Load);
    private static readonly Lazy<Dictionary<string, Rank>.AlternateLookup<ReadOnlySpan<char>>> Lookup =
        new(() => Table.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The rank of a word given in lower case.</summary>
    public static Rank Of(ReadOnlySpan<char> lower)
    {
        var common = EnglishDictionary.Common.ContainsExactly(lower);
        var found = Lookup.Value.TryGetValue(lower, out var rank);
        var leaflets = found ? rank.Leaflets : 0;
        var size = common ? 35 : found ? rank.Size : 70;
        return new Rank(leaflets, size, IsMedical(lower));
    }

    /// <summary>Whether the medical lexicon has a word, in lower case or (a brand, an eponym) Capitalised.</summary>
    private static bool IsMedical(ReadOnlySpan<char> lower)
    {
        if (lower.Length == 0) return false;
        if (EnglishDictionary.Medical.ContainsExactly(lower)) return true;
        Span<char> capitalised = lower.Length <= 64 ? stackalloc char[lower.Length] : new char[lower.Length];
        lower.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(capitalised[0]);
        return EnglishDictionary.Medical.ContainsExactly(capitalised);
    }

    private static Dictionary<string, Rank> Load()
    {
        var table = new Dictionary<string, Rank>(80_000, StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("word-ranks.tsv.gz"))
        {
            var first = line.IndexOf('\t', StringComparison.Ordinal);
            var second = line.IndexOf('\t', first + 1);
            if (first <= 0 || second <= first) continue;
            table[line[..first]] = new Rank(
                int.Parse(line.AsSpan(first + 1, second - first - 1), CultureInfo.InvariantCulture),
                int.Parse(line.AsSpan(second + 1), CultureInfo.InvariantCulture), false);
        }

        return table;
    }

    /// <summary>How many corpus leaflets use a word, its SCOWL size class (smaller is commoner), and whether it is a
    /// word of the medical lexicon.</summary>
    public readonly record struct Rank(int Leaflets, int Size, bool Medical)
    {
        /// <summary>A word leaflets use, a common English word (SCOWL size 50 or less), or a medical word.</summary>
        public bool IsFamiliar => Leaflets > 0 || Size <= 50 || Medical;

        /// <summary>Orders words from the most familiar: leaflet use first, then the size class.</summary>
        public int Score => (Math.Min(Leaflets, 99) * 100) + (100 - Size);
    }
}
