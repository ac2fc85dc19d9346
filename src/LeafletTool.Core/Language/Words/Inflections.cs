namespace LeafletTool.Core.Language.Words;

/// <summary>
/// Whether two words are forms of one another by a regular English ending: plural and third person
/// (nerve/nerves, procedure/procedures, therapy/therapies), past and -ing forms (treat/treated,
/// freeze/freezing, stop/stopped), comparatives and -ly. A near-miss that is only another form of a
/// frequent word is not a typo of it.
/// </summary>
public static class Inflections
{
    private static readonly string[] Endings = ["s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "'s", "s'"];

    public static bool Related(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (a.Length < 2) return false;
        foreach (var ending in Endings)
        {
            if (b.Length != a.Length + ending.Length && b.Length != a.Length + ending.Length + 1) continue;

            // walk + ed, nerve + s
            if (b.Length == a.Length + ending.Length && b.StartsWith(a, StringComparison.Ordinal)
                && b.EndsWith(ending, StringComparison.Ordinal)) return true;

            // stop + p + ed (a doubled final consonant)
            if (b.Length == a.Length + 1 + ending.Length && b.StartsWith(a, StringComparison.Ordinal)
                && b[a.Length] == a[^1] && b.EndsWith(ending, StringComparison.Ordinal)) return true;
        }

        // freeze -> freezing, therapy -> therapies / therapied / therapier
        if (a.EndsWith('e') && WithStem(a[..^1], b, ["ing", "ed", "er", "est"])) return true;
        if (a.EndsWith('y') && WithStem(a[..^1], b, ["ies", "ied", "ier", "iest", "ily"])) return true;
        return false;
    }

    private static bool WithStem(string stem, string word, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (word.Length == stem.Length + ending.Length && word.StartsWith(stem, StringComparison.Ordinal)
                && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
