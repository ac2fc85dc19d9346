namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// Finds the dictionary words within a small edit distance of a word by scanning only the words of nearby
/// lengths, and of those only the ones whose letters could be that close (a 32-bit letter mask: each edit
/// changes at most two bits; then the letters as a bag). Built once; spelling asks it only about the few
/// words it does not know.
/// </summary>
internal sealed class SuggestionIndex
{
    private const int MaxLength = 40;
    private readonly Entry[][] byLength;

    public SuggestionIndex(IEnumerable<string> words)
    {
        var buckets = new List<Entry>[MaxLength + 1];
        for (var i = 0; i <= MaxLength; i++) buckets[i] = [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.OrderBy(w => w, StringComparer.Ordinal).Reverse())
        {
            if (word.Length < 2 || word.Length > MaxLength || word.Contains('\'', StringComparison.Ordinal)) continue;
            var lower = word.ToLowerInvariant();

            // Sorted backwards, "polish" comes before "Polish": keep the lower-case form of a word listed both ways.
            if (!seen.Add(lower)) continue;
            buckets[lower.Length].Add(new Entry(lower, word, MaskOf(lower)));
        }

        byLength = buckets.Select(b => b.ToArray()).ToArray();
    }

    /// <summary>Every listed word (as listed) within <paramref name="maxDistance"/> of <paramref name="lowerWord"/>,
    /// with its distance.</summary>
    public List<(string Word, int Distance)> Near(string lowerWord, int maxDistance)
    {
        var found = new List<(string, int)>();
        var mask = MaskOf(lowerWord);
        Span<int> letters = stackalloc int[27];
        Span<int> scratch = stackalloc int[27];
        foreach (var c in lowerWord) letters[Slot(c)]++;
        var from = Math.Max(1, lowerWord.Length - maxDistance);
        var to = Math.Min(MaxLength, lowerWord.Length + maxDistance);
        for (var length = from; length <= to; length++)
        {
            foreach (var entry in byLength[length])
            {
                if (System.Numerics.BitOperations.PopCount(entry.Mask ^ mask) > 2 * maxDistance) continue;
                if (BagDistance(letters, entry.Lower, scratch) > maxDistance) continue;
                var distance = EditDistance.Bounded(lowerWord, entry.Lower, maxDistance);
                if (distance <= maxDistance && distance > 0) found.Add((entry.Word, distance));
            }
        }

        return found;
    }

    /// <summary>
    /// How far apart the two words' letters are as bags (ignoring order): at most their edit distance, since
    /// each edit adds or removes at most one letter of each word, and far cheaper to work out.
    /// </summary>
    private static int BagDistance(ReadOnlySpan<int> letters, string candidate, Span<int> scratch)
    {
        letters.CopyTo(scratch);
        foreach (var c in candidate) scratch[Slot(c)]--;
        int missing = 0, extra = 0;
        foreach (var n in scratch)
        {
            if (n > 0) missing += n;
            else extra -= n;
        }

        return Math.Max(missing, extra);
    }

    private static int Slot(char c) => c is >= 'a' and <= 'z' ? c - 'a' : 26;

    public static uint MaskOf(ReadOnlySpan<char> word)
    {
        uint mask = 0;
        foreach (var c in word) mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << (26 + (c % 6));
        return mask;
    }

    private readonly record struct Entry(string Lower, string Word, uint Mask);
}
