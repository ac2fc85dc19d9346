namespace LeafletTool.Core.Language.Spelling;

/// <summary>Restricted Damerau-Levenshtein distance (optimal string alignment): a swap of two neighbours counts
/// 1.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int max = int.MaxValue - 1)
        => Bounded(a, b, Math.Min(max, int.MaxValue - 1));

    /// <summary>The distance, or <paramref name="max"/> + 1 when it is greater than <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var size = 3 * (b.Length + 1);
        Span<int> rows = size <= 192 ? stackalloc int[size] : new int[size];
        var previous2 = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max) return max + 1;
            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return Math.Min(previous[b.Length], max + 1);
    }

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
}
