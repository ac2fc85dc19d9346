namespace LeafletTool.Core.Language.Words;

/// <summary>
/// A set of distinct words kept in one <c>char[]</c>, one after another, found through an open-addressing table of
/// (hash, entry) pairs: a dictionary of 170,000 words is three arrays instead of 170,000 strings and a
/// <see cref="HashSet{T}"/>. Entries keep the order they were added in. Not thread-safe while words are added;
/// safe to share for look-ups once built.
/// </summary>
internal sealed class WordSpans
{
    private char[] text;
    private int[] starts;
    private ulong[] slots;
    private int shift;
    private int used;

    /// <summary>An empty set with room for about <paramref name="words"/> words of <paramref name="chars"/> characters
    /// in all.</summary>
    public WordSpans(int words, int chars)
        : this(new char[Math.Max(chars, 16)], words)
    {
    }

    /// <summary>A set that keeps its words in <paramref name="text"/> (reused, overwritten from the start), with room
    /// for about <paramref name="words"/> words.</summary>
    private WordSpans(char[] text, int words)
    {
        this.text = text;
        starts = new int[Math.Max(words, 4) + 1];
        slots = new ulong[WordHash.TableSize(words + (words / 2))];
        shift = WordHash.ShiftFor(slots.Length);
    }

    /// <summary>How many words the set has.</summary>
    public int Count { get; private set; }

    /// <summary>Word <paramref name="index"/> (0 to <see cref="Count"/> − 1), in the order added.</summary>
    public ReadOnlySpan<char> this[int index] => text.AsSpan(starts[index], starts[index + 1] - starts[index]);

    /// <summary>
    /// The words of <paramref name="length"/> characters of <paramref name="lines"/>, one a line (ends of line
    /// <c>\n</c>, <c>\r\n</c> or <c>\r</c>), each as <paramref name="clean"/> leaves it; an empty one is skipped.
    /// Keeps <paramref name="lines"/> as its own text, overwriting it: the caller must not use it again.
    /// </summary>
    public static WordSpans FromLines(char[] lines, int length, WordCleaner clean)
    {
        var all = lines.AsSpan(0, length);
        var set = new WordSpans(lines, all.Count('\n') + 1);
        var at = 0;
        while (at < length)
        {
            var end = all[at..].IndexOfAny('\r', '\n');
            end = end < 0 ? length : at + end;
            set.AddCopy(clean(lines.AsSpan(at, end - at)));
            at = end + 1;
        }

        return set;
    }

    /// <summary>Adds a word; false when the set already has it.</summary>
    public bool Add(ReadOnlySpan<char> word)
    {
        if (text.Length - used < word.Length) Array.Resize(ref text, Math.Max(text.Length * 2, used + word.Length));
        return AddCopy(word);
    }

    /// <summary>Whether the set has the word, exactly.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        var hash = WordHash.Of(word);
        var mask = slots.Length - 1;
        for (var slot = WordHash.FirstSlot(hash, shift); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return false;
            if ((int)(entry >> 32) == hash && word.SequenceEqual(this[(int)(uint)entry - 1])) return true;
        }
    }

    /// <summary>Adds a word that fits in the room left in <see cref="text"/> (it may be in that room already, or
    /// overlap it).</summary>
    private bool AddCopy(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        var hash = WordHash.Of(word);
        var mask = slots.Length - 1;
        var slot = WordHash.FirstSlot(hash, shift);
        for (; slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if ((int)(entry >> 32) == hash && word.SequenceEqual(this[(int)(uint)entry - 1])) return false;
        }

        word.CopyTo(text.AsSpan(used));
        used += word.Length;
        if (Count + 2 > starts.Length) Array.Resize(ref starts, starts.Length * 2);
        starts[Count + 1] = used;
        slots[slot] = ((ulong)(uint)hash << 32) | (uint)(Count + 1);
        Count++;
        if (Count * 4 > slots.Length * 3) Rehash(slots.Length * 2);
        return true;
    }

    private void Rehash(int size)
    {
        var old = slots;
        slots = new ulong[size];
        shift = WordHash.ShiftFor(size);
        foreach (var entry in old)
        {
            if (entry == 0) continue;
            var slot = WordHash.FirstSlot((int)(entry >> 32), shift);
            while (slots[slot] != 0) slot = (slot + 1) & (size - 1);
            slots[slot] = entry;
        }
    }
}

/// <summary>Tidies one line of a word list in place (it may shorten it) before it is added to a
/// <see cref="WordSpans"/>.</summary>
internal delegate Span<char> WordCleaner(Span<char> line);
