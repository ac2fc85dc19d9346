using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// One leaflet's word counts, in a table a worker keeps from leaflet to leaflet: the words it has met stay in it
/// (each made into a string once per worker, not once per leaflet), and <see cref="Start"/> forgets only the counts,
/// by moving to a new round. Reads as a table of the words used in the current leaflet, in the order first used.
/// Counting a leaflet for the near-miss search in a new table each time made a string of each of its different words
/// (about 700) and cleared the table's slots. Not thread-safe.
/// </summary>
/// <param name="maxWords">Words past which the table is emptied at the next <see cref="Start"/>, so that a worker's
/// memory stays bounded however many different words it meets (the default, 65,536, is a few megabytes); a caller
/// that keeps words' entries (<see cref="IdAt"/>) across leaflets gives <see cref="int.MaxValue"/>.</param>
public sealed class LeafletWordCounts(int maxWords = 1 << 16)
{
    /// <summary>Every word met since the table was last emptied; each value holds the round it was last counted in
    /// (high half) and its uses in that round (low half), so a count is one look-up and one add.</summary>
    private readonly WordTable<long> words = new();

    private int[] used = new int[1024];
    private int round = 1;

    /// <summary>How many different words the current leaflet uses.</summary>
    public int Count { get; private set; }

    /// <summary>How many different words the table has met since it was last emptied: every entry is below it.
    /// </summary>
    public int Entries => words.Count;

    /// <summary>Forgets the counts of the last leaflet.</summary>
    public void Start()
    {
        Count = 0;
        if (words.Count <= maxWords && round < int.MaxValue)
        {
            round++;
            return;
        }

        words.Clear();
        round = 1;
    }

    /// <summary>Adds one use of a word (in lower case).</summary>
    public void Add(ReadOnlySpan<char> lowerWord)
    {
        ref var value = ref words.GetValueRefOrAddDefault(lowerWord, out _, out var entry);
        if ((int)(value >> 32) != round)
        {
            value = (long)round << 32;
            if (Count == used.Length) Array.Resize(ref used, used.Length * 2);
            used[Count++] = entry;
        }

        value++;
    }

    /// <summary>The entry of a word (in lower case), added (unused in this leaflet) when new; it stays the word's until
    /// the table is emptied.</summary>
    public int EntryOf(ReadOnlySpan<char> lowerWord)
    {
        words.GetValueRefOrAddDefault(lowerWord, out _, out var entry);
        return entry;
    }

    /// <summary>The word of an entry.</summary>
    public string WordOf(int entry) => words.KeyAt(entry);

    /// <summary>Uses of a word (in lower case) in the current leaflet.</summary>
    public int this[ReadOnlySpan<char> lowerWord] =>
        words.TryGetValue(lowerWord, out var value) ? UsesIn(value) : 0;

    /// <summary>The <paramref name="index"/>-th word of the current leaflet (0 to <see cref="Count"/> − 1), in the
    /// order first used.</summary>
    public string KeyAt(int index) => words.KeyAt(used[index]);

    /// <summary>The entry of the <paramref name="index"/>-th word.</summary>
    public int IdAt(int index) => used[index];

    /// <summary>The uses of the <paramref name="index"/>-th word.</summary>
    public int ValueAt(int index) => UsesIn(words.ValueAt(used[index]));

    private int UsesIn(long value) => (int)(value >> 32) == round ? (int)value : 0;
}
