namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// A weighted form of the restricted Damerau-Levenshtein distance (<see cref="EditDistance"/>) that ranks
/// equally distant suggestions by how likely the slip is.
/// </summary>
public static class WordDistance
{
    /// <summary>
    /// The same alignment with costs that follow how people mistype: a swapped pair, a doubled or undoubled
    /// letter and one vowel for another cost less than other slips. Only for ranking a few candidates.
    /// </summary>
    public static double Weighted(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (b.Length > 62) return EditDistance.Bounded(a, b, int.MaxValue - 1);
        Span<double> rows = stackalloc double[3 * (b.Length + 1)];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = a[i - 1] == b[j - 1] ? 0 : IsVowel(a[i - 1]) && IsVowel(b[j - 1]) ? 0.6 : 1;
                var delete = i > 1 && a[i - 1] == a[i - 2] ? 0.5 : 1;
                var insert = j > 1 && b[j - 1] == b[j - 2] ? 0.5 : 1;
                var value = Math.Min(Math.Min(previous[j] + delete, current[j - 1] + insert),
                    previous[j - 1] + substitute);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 0.7);
                current[j] = value;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

}
