using LeafletTool.Core.Language.Words;

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
    private readonly Utf8Words? image;

    public SuggestionIndex(IEnumerable<string> words)
    {
        var buckets = new List<Entry>[MaxLength + 1];
        for (var i = 0; i <= MaxLength; i++) buckets[i] = [];
        foreach (var (word, lower) in WordImageBuilder.SuggestionOrder(words))
            buckets[lower.Length].Add(new Entry(lower, word, MaskOf(lower)));
        byLength = buckets.Select(b => b.ToArray()).ToArray();
    }

    /// <summary>The dictionary's index, laid out at build time in the same order (<see cref="WordImage"/>) and read
    /// in place: nothing to build.</summary>
    private SuggestionIndex(Utf8Words dictionary)
    {
        byLength = [];
        image = dictionary;
    }

    /// <summary>The index of the whole dictionary, from the word image.</summary>
    public static SuggestionIndex OfDictionary() => new(WordImage.Dictionary);

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
        if (image is not null)
        {
            NearInImage(lowerWord, maxDistance, (from, to), letters, found);
            return found;
        }

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
    private static int BagDistance(ReadOnlySpan<int> letters, ReadOnlySpan<char> candidate, Span<int> scratch)
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

    public static uint MaskOf(ReadOnlySpan<char> word) => WordImageBuilder.MaskOf(word);

    /// <summary><see cref="Near"/> in the image: the same filters, each candidate's word decoded (and put in lower
    /// case) only when its mask passes.</summary>
    private void NearInImage(string lowerWord, int maxDistance, (int From, int To) lengths, ReadOnlySpan<int> letters,
        List<(string, int)> found)
    {
        var buckets = WordImage.SuggestionBuckets;
        var masks = WordImage.SuggestionMasks;
        var offsets = WordImage.SuggestionOffsets;
        var mask = MaskOf(lowerWord);
        Span<int> scratch = stackalloc int[27];
        Span<char> listed = stackalloc char[MaxLength];
        Span<char> lower = stackalloc char[MaxLength];
        for (var length = lengths.From; length <= lengths.To; length++)
        {
            var (first, count) = (buckets[length * 2], buckets[(length * 2) + 1]);
            for (var i = first; i < first + count; i++)
            {
                if (System.Numerics.BitOperations.PopCount(masks[i] ^ mask) > 2 * maxDistance) continue;
                var word = image!.LineAt(offsets[i], out _);
                var chars = System.Text.Encoding.UTF8.GetChars(word, listed);
                var candidate = lower[..chars];
                listed[..chars].ToLowerInvariant(candidate);
                if (BagDistance(letters, candidate, scratch) > maxDistance) continue;
                var distance = EditDistance.Bounded(lowerWord, candidate, maxDistance);
                if (distance <= maxDistance && distance > 0) found.Add((new string(listed[..chars]), distance));
            }
        }
    }

    private readonly record struct Entry(string Lower, string Word, uint Mask);
}
