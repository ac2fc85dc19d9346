namespace LeafletTool.Core.Language;

/// <summary>
/// The general British English dictionary: SCOWL's <c>wbritish-large</c> word list (169,564 words, -ise
/// spellings, inflected forms included), embedded compressed and loaded once, on first use. Its most common
/// words (<c>wbritish-small</c>) rank spelling suggestions.
/// </summary>
public static class EnglishDictionary
{
    private static readonly Lazy<WordSet> LargeList = new(() => new WordSet(EmbeddedData.Lines("british-english-large.txt.gz")));
    private static readonly Lazy<WordSet> SmallList = new(() => new WordSet(EmbeddedData.Lines("british-english-small.txt.gz")));
    private static readonly Lazy<SuggestionIndex> Index = new(() => new SuggestionIndex(LargeList.Value.Words));

    /// <summary>Every word of the dictionary.</summary>
    public static WordSet Words => LargeList.Value;

    /// <summary>Most words asked about per thread before the answers are forgotten: a folder's vocabulary is a few thousand words.</summary>
    private const int MemoLimit = 50_000;

    [ThreadStatic]
    private static WordTable<bool>? memo;

    /// <summary>
    /// Whether <see cref="Words"/> has a word (<see cref="WordSet.Contains"/>), answered from a per-thread memo of the
    /// words asked before. Why: a leaflet's 1,070 words are about 450 distinct ones, and a folder's a few thousand;
    /// the memo is small enough to stay in the processor's cache where the 170,000 words are not, and a capitalised
    /// word costs one look-up instead of two. The look-ups of a leaflet's words measured 0.017 ms
    /// straight from the set, 0.008 ms through the memo.
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        var answers = memo ??= new WordTable<bool>(4096);
        if (answers.TryGetValue(word, out var known)) return known;
        if (answers.Count >= MemoLimit) answers.Clear();
        known = Words.Contains(word);
        answers.GetValueRefOrAddDefault(word, out _) = known;
        return known;
    }

    /// <summary>The common words (SCOWL size 35), a subset of <see cref="Words"/>.</summary>
    public static WordSet Common => SmallList.Value;

    /// <summary>Looks for near words to suggest for a word the dictionary does not have; built on first use.</summary>
    internal static SuggestionIndex Suggestions => Index.Value;
}
