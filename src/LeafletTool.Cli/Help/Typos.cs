namespace LeafletTool.Cli.Help;

/// <summary>The nearest of some names to a mistyped one: edit distance with a swap of two neighbouring letters
/// counted as one edit ("fromat" → "format"), or a name the typed word begins ("--warn" →
/// "--warnings-as-errors").</summary>
public static class Typos
{
    /// <summary>The closest candidate, or null when none is close enough to be what was meant. Leading dashes are
    /// ignored when comparing, and a word of one or two letters is too short to guess from.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var word = typed.TrimStart('-').ToLowerInvariant();
        if (word.Length < 3) return null;
        var limit = Math.Max(1, Math.Min(3, word.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var name = candidate.TrimStart('-').ToLowerInvariant();
            if (name.Length < 2) continue;
            var distance = name.StartsWith(word, StringComparison.Ordinal) ? 1 : Distance(word, name);
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    /// neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, d[i - 2, j - 2] + 1);
                d[i, j] = value;
            }
        }

        return d[a.Length, b.Length];
    }
}
