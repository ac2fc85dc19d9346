namespace LeafletTool.Core.Language;

/// <summary>
/// A set of words looked up by span without allocating, with the case rules of the spelling check:
/// a word listed in lower case is also accepted Capitalised or in CAPITALS; a word listed Capitalised
/// ("London") is also accepted in CAPITALS; any other word only as listed. Read-only once built, so safe to share.
/// </summary>
public sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words)
    {
        this.words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var trimmed = word.Trim().Replace('\u2019', '\'');
            if (trimmed.Length > 0) this.words.Add(trimmed);
        }

        lookup = this.words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new([]);

    public int Count => words.Count;

    public IEnumerable<string> Words => words;

    /// <summary>The word exactly as listed.</summary>
    public bool ContainsExactly(ReadOnlySpan<char> word) => lookup.Contains(word);

    /// <summary>The word as listed, or in a capitalisation the case rules allow.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (lookup.Contains(word)) return true;
        var shape = WordShapes.Of(word);
        if (shape is not (WordShape.Capitalised or WordShape.Capitals)) return false;

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        if (lookup.Contains(buffer)) return true;
        if (shape != WordShape.Capitals) return false;
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return lookup.Contains(buffer);
    }
}
