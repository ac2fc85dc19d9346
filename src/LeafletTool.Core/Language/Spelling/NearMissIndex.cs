namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// Finds the words of a large list within edit distance 1 or 2 of a word without comparing it with all of them
/// (symmetric delete): every word is indexed under the hashes of the strings it gives with one deletion (two
/// for words of 6+ letters); a query looks up the same for the word asked about and measures only the words
/// found. Two words within distance d share such a string, so nothing is missed; a hash collision only adds a
/// candidate that the measurement then drops. Memory: 8 bytes per indexed string.
/// </summary>
public sealed class NearMissIndex
{
    private readonly string[] words;
    private readonly ulong[] entries;

    public NearMissIndex(IEnumerable<string> words)
    {
        this.words = words.Distinct(StringComparer.Ordinal).ToArray();
        var list = new List<ulong>();
        for (var id = 0; id < this.words.Length; id++)
        {
            var word = this.words[id];
            if (word.Length > 60) continue;
            var depth = word.Length >= 6 ? 2 : 1;
            foreach (var hash in DeletionHashes(word, depth)) list.Add(((ulong)hash << 32) | (uint)id);
        }

        entries = list.ToArray();
        Array.Sort(entries);
    }

    public int Count => words.Length;

    /// <summary>The listed words within <paramref name="maxDistance"/> (1 or 2) of <paramref name="word"/>, other than
    /// the word itself.</summary>
    public List<string> Near(string word, int maxDistance)
    {
        var found = new List<string>();
        if (word.Length > 60 || entries.Length == 0) return found;
        var seen = new HashSet<int>();
        foreach (var hash in DeletionHashes(word, Math.Clamp(maxDistance, 1, 2)))
        {
            var at = LowerBound((ulong)hash << 32);
            for (; at < entries.Length && (uint)(entries[at] >> 32) == hash; at++)
            {
                var id = (int)(uint)entries[at];
                if (!seen.Add(id)) continue;
                var candidate = words[id];
                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance > 0 && distance <= maxDistance) found.Add(candidate);
            }
        }

        return found;
    }

    private int LowerBound(ulong key)
    {
        int low = 0, high = entries.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (entries[mid] < key) low = mid + 1;
            else high = mid;
        }

        return low;
    }

    /// <summary>Hashes of the word and of every string made from it by up to <paramref name="depth"/>
    /// deletions.</summary>
    private static HashSet<uint> DeletionHashes(string word, int depth)
    {
        var hashes = new HashSet<uint> { Hash(word) };
        Span<char> buffer = stackalloc char[word.Length];
        Span<char> two = stackalloc char[Math.Max(0, word.Length - 2)];
        for (var i = 0; i < word.Length; i++)
        {
            Delete(word, i, buffer);
            var one = buffer[..(word.Length - 1)];
            hashes.Add(Hash(one));
            if (depth < 2) continue;
            for (var j = i; j < one.Length; j++)
            {
                Delete(one, j, two);
                hashes.Add(Hash(two));
            }
        }

        return hashes;
    }

    private static void Delete(ReadOnlySpan<char> word, int at, Span<char> into)
    {
        word[..at].CopyTo(into);
        word[(at + 1)..].CopyTo(into[at..]);
    }

    private static uint Hash(ReadOnlySpan<char> text)
    {
        // FNV-1a: stable across runs, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
