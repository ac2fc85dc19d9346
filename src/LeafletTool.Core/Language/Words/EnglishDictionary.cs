namespace LeafletTool.Core.Language.Words;

/// <summary>
/// The general British English dictionary: SCOWL's <c>wbritish-large</c> word list (169,564 words, -ise
/// spellings, inflected forms included) and the 305 forms of SCOWL's Hunspell <c>en_GB-ise</c> dictionary,
/// expanded, that it lacks (mostly words it has only with accents: "attaches" beside "attachés", "cafe",
/// "cliche"; no -ize form), and LeafletTool's own medical lexicon (<c>tools/medical-lexicon</c>: tests and
/// procedures, instruments, specialists, anatomy, conditions, medicines and brands, devices, services), in one set,
/// laid out at build time and read in place (<see cref="WordImage"/>). Its most common words
/// (<c>wbritish-small</c>) rank spelling suggestions.
/// </summary>
public static class EnglishDictionary
{
    private static readonly Lazy<WordSet> LargeList = new(() => WordSet.Of(WordImage.Dictionary));
    private static readonly Lazy<WordSet> SmallList = new(() => WordSet.Of(WordImage.Common));
    private static readonly Lazy<WordSet> MedicalList = new(() => WordSet.Of(WordImage.Medical));

    /// <summary>Every word of the dictionary.</summary>
    public static WordSet Words => LargeList.Value;

    /// <summary>
    /// Whether <see cref="Words"/> has a word (<see cref="WordSet.Contains"/>), answered from the worker's
    /// <see cref="WordMemos"/> of the words asked before when one is given: a capitalised word costs one look-up
    /// instead of two, and the look-ups of a leaflet's words measured 0.017 ms straight from the set, 0.008 ms
    /// through the memo.
    /// </summary>
    public static bool Contains(ReadOnlySpan<char> word, WordMemos? memos = null) =>
        memos is null ? Words.Contains(word) : memos.Dictionary.Get(word, static w => Words.Contains(w));

    /// <summary>
    /// Whether <see cref="Words"/> has a word written with curly or straight apostrophes, the curly ones read as
    /// straight, answered from the worker's memo by the word as written: most words have no apostrophe, and are
    /// looked up once, without a search for one.
    /// </summary>
    public static bool ContainsWritten(ReadOnlySpan<char> written, WordMemos memos) =>
        memos.Written.Get(written, static w => Words.Contains(Straight(w)));

    private static ReadOnlySpan<char> Straight(ReadOnlySpan<char> word)
    {
        if (!word.Contains('\u2019')) return word;
        var straight = word.ToArray();
        straight.AsSpan().Replace('\u2019', '\'');
        return straight;
    }

    /// <summary>The common words (SCOWL size 35), a subset of <see cref="Words"/>.</summary>
    public static WordSet Common => SmallList.Value;

    /// <summary>The medical lexicon alone (also part of <see cref="Words"/>), which marks familiar words for ranking
    /// suggestions; loaded only when a word needs suggestions.</summary>
    public static WordSet Medical => MedicalList.Value;
}
