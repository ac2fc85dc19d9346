namespace LeafletTool.Core.Language.Words;

/// <summary>How a memo finds the answer for a word it has not seen.</summary>
internal delegate T WordAnswer<out T>(ReadOnlySpan<char> word);

/// <summary>
/// One thread's answers about words, in front of a slower shared look-up (the dictionary, the syllable cache): a
/// leaflet's 1,070 words are about 450 distinct ones and a folder's a few thousand, so the memo stays in the
/// processor's cache where the shared tables do not. It starts small and grows with the words it meets, so a folder
/// of few words probes a table of a few kilobytes (a table made for 4,096 words missed the first-level cache on most
/// look-ups). Forgotten, all at once, at <see cref="Limit"/> words.
/// Keep one per worker (<see cref="WordMemos"/>): it is not safe to share.
/// </summary>
internal sealed class WordMemo<T>
{
    /// <summary>Most words remembered before the memo is emptied.</summary>
    public const int Limit = 50_000;

    private readonly WordTable<T> answers = new();

    /// <summary>
    /// The answer for <paramref name="word"/>: remembered, or found with <paramref name="find"/> and remembered.
    /// </summary>
    public T Get(ReadOnlySpan<char> word, WordAnswer<T> find)
    {
        if (answers.TryGetValue(word, out var known)) return known;
        if (answers.Count >= Limit) answers.Clear();
        known = find(word);
        answers.GetValueRefOrAddDefault(word, out _) = known;
        return known;
    }
}
