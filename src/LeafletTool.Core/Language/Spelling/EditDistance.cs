namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// Restricted Damerau-Levenshtein distance (optimal string alignment), in one loop: plain, where every slip
/// (and a swap of two neighbours) counts 1, or weighted, where the slips people make most often cost less.
/// </summary>
public static class EditDistance
{
    /// <summary>The plain distance; when it is greater than <paramref name="max"/>, <paramref name="max"/> + 1.
    /// </summary>
    public static int Between(string a, string b, int max = int.MaxValue - 1) =>
        Bounded(a, b, Math.Min(max, int.MaxValue - 1));

    /// <summary>The plain distance, or <paramref name="max"/> + 1 when it is greater than <paramref name="max"/>.
    /// </summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        return (int)Math.Min(Align(a, b, weighted: false, max), max + 1L);
    }

    /// <summary>
    /// The weighted distance: a swapped pair, a doubled or undoubled letter and one vowel for another cost less
    /// than other slips. Only for ranking a few equally distant candidates.
    /// </summary>
    public static double Weighted(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        Align(a, b, weighted: true, double.PositiveInfinity);

    /// <summary>The candidate closest to <paramref name="word"/> within a small distance, or null.</summary>
    public static string? Nearest(string word, IEnumerable<string> candidates, int? maxDistance = null)
    {
        var limit = maxDistance ?? Math.Max(2, word.Length / 3);
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            var d = Between(word.ToLowerInvariant(), candidate.ToLowerInvariant(), limit);
            if (d < bestDistance)
            {
                best = candidate;
                bestDistance = d;
            }
        }

        return best;
    }

    /// <summary>
    /// The alignment itself, three rows at a time. It stops early, returning more than <paramref name="max"/>,
    /// once a whole row is over it. Unit costs are whole numbers, exact as doubles.
    /// </summary>
    private static double Align(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool weighted, double max)
    {
        var size = 3 * (b.Length + 1);
        Span<double> rows = size <= 192 ? stackalloc double[size] : new double[size];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            double rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var value = Math.Min(
                    Math.Min(previous[j] + DeleteCost(a, i, weighted), current[j - 1] + DeleteCost(b, j, weighted)),
                    previous[j - 1] + SubstituteCost(a[i - 1], b[j - 1], weighted));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + (weighted ? 0.7 : 1));
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max) return max + 1;
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    /// <summary>Dropping the <paramref name="at"/>th letter of a word (or adding it to the other): half as much
    /// when weighted and it doubles the letter before it.</summary>
    private static double DeleteCost(ReadOnlySpan<char> word, int at, bool weighted) =>
        weighted && at > 1 && word[at - 1] == word[at - 2] ? 0.5 : 1;

    private static double SubstituteCost(char a, char b, bool weighted) =>
        a == b ? 0 : weighted && IsVowel(a) && IsVowel(b) ? 0.6 : 1;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
