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
    /// <summary>The ranks' lines (word, tab, leaflets, tab, size class), keyed by word, read in place.</summary>
    private static readonly Lazy<Utf8Words> Table = new(() => WordImage.Ranks);

    /// <summary>The rank of a word given in lower case.</summary>
    public static Rank Of(ReadOnlySpan<char> lower)
    {
        var common = EnglishDictionary.Common.ContainsExactly(lower);
        var found = TryGet(lower, out var rank);
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

    /// <summary>The figures of a listed word (the image was checked to have two whole numbers on every line when it
    /// was made).</summary>
    private static bool TryGet(ReadOnlySpan<char> word, out Rank rank)
    {
        var table = Table.Value;
        var at = table.Find(word);
        rank = default;
        if (at < 0) return false;
        var key = table.LineAt(at, out var end);
        var figures = table.Text[(at + key.Length + 1)..end];
        var tab = figures.IndexOf((byte)'\t');
        rank = new Rank(Parse(figures[..tab]), Parse(figures[(tab + 1)..]), false);
        return true;
    }

    private static int Parse(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits) value = (value * 10) + (digit - '0');
        return value;
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
