namespace LeafletTool.Core.Language;

/// <summary>
/// A set of words looked up by span without allocating, with the case rules of the spelling check:
/// a word listed in lower case is also accepted Capitalised or in CAPITALS; a word listed Capitalised
/// ("London") is also accepted in CAPITALS; any other word only as listed. Read-only once built, so safe to share.
/// Words are listed without the spaces around them and with a straight apostrophe for a curly one.
/// </summary>
public sealed class WordSet
{
    private readonly WordSpans words;

    public WordSet(IEnumerable<string> words)
    {
        this.words = new WordSpans(words.TryGetNonEnumeratedCount(out var count) ? count : 16, 64);
        foreach (var word in words)
        {
            var trimmed = word.AsSpan().Trim();
            if (!trimmed.Contains('\u2019'))
            {
                this.words.Add(trimmed);
                continue;
            }

            var straight = trimmed.ToArray();
            this.words.Add(Clean(straight));
        }
    }

    private WordSet(WordSpans words) => this.words = words;

    public static WordSet Empty { get; } = new([]);

    public int Count => words.Count;

    /// <summary>Every word, as listed, in the order first listed; each a new string, made as it is enumerated.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (var i = 0; i < words.Count; i++) yield return words[i].ToString();
        }
    }

    /// <summary>
    /// The set of the words of a list, one a line; keeps <paramref name="lines"/> (the first <paramref name="length"/>
    /// characters of it) as its own store, so the caller must not use it again.
    /// </summary>
    internal static WordSet FromLines(char[] lines, int length) => new(WordSpans.FromLines(lines, length, Clean));

    /// <summary>The word exactly as listed.</summary>
    public bool ContainsExactly(ReadOnlySpan<char> word) => words.Contains(word);

    /// <summary>The word as listed, or in a capitalisation the case rules allow.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (words.Contains(word)) return true;
        var shape = WordShapes.Of(word);
        if (shape is not (WordShape.Capitalised or WordShape.Capitals)) return false;

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        if (words.Contains(buffer)) return true;
        if (shape != WordShape.Capitals) return false;
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return words.Contains(buffer);
    }

    /// <summary>A listed word as the set keeps it: trimmed, with straight apostrophes.</summary>
    private static Span<char> Clean(Span<char> line)
    {
        var trimmed = line.Trim();
        trimmed.Replace('\u2019', '\'');
        return trimmed;
    }
}
