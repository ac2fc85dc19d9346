using LeafletTool.Core.Language.Prose;
namespace LeafletTool.Core.Language.Words;

/// <summary>
/// American spellings and their British twins (color → colour, anesthetic → anaesthetic, organize → organise):
/// every lower-case word of SCOWL's <c>wamerican-large</c> that <c>wbritish-large</c> lacks and whose British
/// form, by the known spelling patterns, it has. Made by <c>tools/language-data</c>; loaded once, on first use.
/// </summary>
public static class AmericanSpellings
{
    private static readonly Lazy<Dictionary<string, string>> Pairs = new(Load);
    private static readonly Lazy<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> Lookup =
        new(() => Pairs.Value.GetAlternateLookup<ReadOnlySpan<char>>());

    public static int Count => Pairs.Value.Count;

    /// <summary>The British form of an American spelling, in the word's own capitalisation; null when the word is not
    /// an American spelling.</summary>
    public static string? BritishFormOf(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return null;
        var shape = WordShapes.Of(word);
        if (shape == WordShape.Mixed) return null;
        Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Lookup.Value.TryGetValue(lower, out var british) ? WordShapes.Apply(shape, british) : null;
    }

    private static Dictionary<string, string> Load()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("american-british.tsv.gz"))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0) pairs[line[..tab]] = line[(tab + 1)..];
        }

        return pairs;
    }
}
