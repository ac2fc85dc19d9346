using LeafletTool.Core.Language.Prose;
namespace LeafletTool.Core.Language.Words;

/// <summary>
/// A set of words looked up by span without allocating, with the case rules of the spelling check:
/// a word listed in lower case is also accepted Capitalised or in CAPITALS; a word listed Capitalised
/// ("London") is also accepted in CAPITALS; any other word only as listed. Read-only once built, so safe to share.
/// Words are listed without the spaces around them and with a straight apostrophe for a curly one.
/// </summary>
public sealed class WordSet
{
    private readonly WordSpans? words;
    private readonly Utf8Words? utf8;

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

    private WordSet(Utf8Words utf8) => this.utf8 = utf8;

    public static WordSet Empty { get; } = new([]);

    public int Count => utf8?.Count ?? words!.Count;

    /// <summary>Every word, as listed, in the order first listed; each a new string, made as it is
    /// enumerated.</summary>
    public IEnumerable<string> Words => utf8?.Words ?? Listed(words!);

    /// <summary>
    /// The set of the words of a list, one a line; keeps <paramref name="lines"/> (the first <paramref name="length"/>
    /// characters of it) as its own store, so the caller must not use it again.
    /// </summary>
    internal static WordSet FromLines(char[] lines, int length) => new(WordSpans.FromLines(lines, length, Clean));

    /// <summary>The set of the words of a list already laid out (<see cref="WordImage"/>).</summary>
    internal static WordSet Of(Utf8Words words) => new(words);

    /// <summary>
    /// The set of the words of a list in UTF-8, one a line; keeps <paramref name="lines"/> as its own store (or,
    /// when a line needs tidying, reads it as UTF-16), so the caller must not use it again.
    /// </summary>
    internal static WordSet FromUtf8Lines(byte[] lines, int length)
    {
        if (Utf8Words.TryFromLines(lines, length) is { } utf8) return new(utf8);
        var (text, chars) = EmbeddedData.Decoded(lines, length);
        return FromLines(text, chars);
    }

    /// <summary>The word exactly as listed.</summary>
    public bool ContainsExactly(ReadOnlySpan<char> word) => Has(word);

    /// <summary>The word as listed, or in a capitalisation the case rules allow.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        if (Has(word)) return true;
        var shape = WordShapes.Of(word);
        if (shape is not (WordShape.Capitalised or WordShape.Capitals)) return false;

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        if (Has(buffer)) return true;
        if (shape != WordShape.Capitals) return false;
        buffer[0] = char.ToUpperInvariant(buffer[0]);
        return Has(buffer);
    }

    private bool Has(ReadOnlySpan<char> word) => utf8?.Contains(word) ?? words!.Contains(word);

    private static IEnumerable<string> Listed(WordSpans words)
    {
        for (var i = 0; i < words.Count; i++) yield return words[i].ToString();
    }

    /// <summary>A listed word as the set keeps it: trimmed, with straight apostrophes.</summary>
    private static Span<char> Clean(Span<char> line)
    {
        var trimmed = line.Trim();
        trimmed.Replace('\u2019', '\'');
        return trimmed;
    }
}
