using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Text;
namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// How often each word is used in running text (in lower case, a final "'s" dropped, hyphenated words counted
/// part by part), in one leaflet or in every leaflet of the folders checked; with an index of the frequent words
/// (used 3 times or more) for the near-miss search. Running text is everything but the title, the headings and
/// the contact hours, which repeat the subject or are labels: "cryotherapy" is used 9 times in the real leaflet.
/// </summary>
public sealed class WordFrequencies
{
    /// <summary>A word used this often is frequent enough to be the word a near-miss was meant to be.</summary>
    public const int MinimumAnchorUses = 3;

    private readonly Dictionary<string, int> counts;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private NearMissIndex? frequent;
    private object? frequentLock;

    public WordFrequencies(Dictionary<string, int> counts)
    {
        this.counts = counts;
        lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordFrequencies Empty { get; } = new(new Dictionary<string, int>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, int> Counts => counts;

    /// <summary>Uses of a word given in lower case.</summary>
    public int this[ReadOnlySpan<char> lowerWord] => lookup.TryGetValue(lowerWord, out var n) ? n : 0;

    /// <summary>The words used <see cref="MinimumAnchorUses"/> times or more, indexed on first use.</summary>
    public NearMissIndex Frequent =>
        LazyInitializer.EnsureInitialized(ref frequent, ref frequentLock,
            () => new NearMissIndex(counts.Where(c => c.Value >= MinimumAnchorUses).Select(c => c.Key)));

    /// <summary>
    /// Whether words in this kind of prose are counted (running text) or not (title, headings, contact hours).
    /// </summary>
    public static bool IsCounted(Model.ProseKind kind) =>
        kind is not (Model.ProseKind.Title or Model.ProseKind.Heading or Model.ProseKind.ContactHours);

    /// <summary>
    /// Adds one use of each counted unit of one leaflet's running text
    /// (see <see cref="CountLeaflet(WordTable{int}, LeafletProse)"/>).
    /// </summary>
    public static void CountLeaflet(Dictionary<string, int> counts, Model.Leaflet leaflet)
    {
        var table = new WordTable<int>();
        CountLeaflet(table, LeafletProse.Of(leaflet));
        for (var i = 0; i < table.Count; i++)
        {
            counts[table.KeyAt(i)] = counts.GetValueOrDefault(table.KeyAt(i)) + table.ValueAt(i);
        }
    }

    /// <summary>
    /// Adds one use of each counted unit of one leaflet's running text, with the words the language rules share
    /// (<see cref="LeafletProse"/>).
    /// </summary>
    public static void CountLeaflet(WordTable<int> counts, LeafletProse prose) =>
        CountCounted(new TableSink(counts), prose);

    /// <summary>
    /// The same count for a leaflet no rule will look at afterwards (the first pass of a check, which lets each
    /// leaflet go once counted): its words are found into the worker's <paramref name="scratch"/> and forgotten,
    /// instead of being kept per value for the rules as <see cref="LeafletProse"/> does. Saves about 20 KB of
    /// allocation a leaflet.
    /// </summary>
    public static void CountLeafletWithoutSharing(WordTable<int> counts, Model.Leaflet leaflet, ProseScratch scratch) =>
        CountUnshared(new TableSink(counts), leaflet, scratch);

    /// <summary>The same count into a table started anew for this leaflet (<see cref="LeafletWordCounts"/>), for one
    /// leaflet's facts.</summary>
    public static void CountLeafletWithoutSharing(LeafletWordCounts counts, Model.Leaflet leaflet,
        ProseScratch scratch)
    {
        counts.Start();
        CountUnshared(new LeafletSink(counts), leaflet, scratch);
    }

    private static void CountUnshared<TSink>(TSink sink, Model.Leaflet leaflet, ProseScratch scratch)
        where TSink : struct, ICountSink
    {
        // Each word is counted as it is found: no list of ranges, and a plain word (a to z) is looked up at once.
        var scan = new ScanSink<TSink>(sink);
        var texts = scratch.Texts();
        leaflet.AddProseTo(texts);
        foreach (var (kind, text) in texts)
        {
            if (IsCounted(kind)) ProseWords.Scan(text.Value, ref scan, scratch.Ranges);
        }

        texts.Clear();
    }

    /// <summary>Adds one use of each counted unit of the words of a text value already found.</summary>
    public static void CountInto(WordTable<int> counts, string text, ReadOnlySpan<TextRange> words) =>
        CountInto(new TableSink(counts), text, words);

    /// <summary>
    /// Starts <paramref name="counts"/> anew with the counted units of one leaflet's running text, with the words the
    /// language rules share (<see cref="LeafletProse"/>).
    /// </summary>
    public static void CountLeaflet(LeafletWordCounts counts, LeafletProse prose)
    {
        counts.Start();
        CountCounted(new LeafletSink(counts), prose);
    }

    /// <summary>
    /// Starts <paramref name="counts"/> anew with the counted units of one leaflet's running text that could be within
    /// <paramref name="limit"/> slips of <paramref name="lowerWord"/> (their length and letters allow it), the word
    /// itself included: each counted as <see cref="CountLeaflet(LeafletWordCounts, LeafletProse)"/> counts it, the
    /// rest not counted. What the near-miss search reads of a leaflet, at a fraction of the cost of counting it all.
    /// </summary>
    public static void CountNear(LeafletWordCounts counts, LeafletProse prose, string lowerWord, int limit)
    {
        counts.Start();
        CountCounted(new NearSink(counts, NearTarget.Of(lowerWord, limit)), prose);
    }

    /// <summary>
    /// Starts <paramref name="counts"/> anew with the counted units that <see cref="CountNear"/> would count for any
    /// one of several searches (<paramref name="targets"/>), in one walk: each search then reads the same counts.
    /// </summary>
    internal static void CountNearAny(LeafletWordCounts counts, LeafletProse prose, NearTarget[] targets)
    {
        counts.Start();
        var (min, max) = (int.MaxValue, int.MinValue);
        foreach (var target in targets) (min, max) = (Math.Min(min, target.MinLength), Math.Max(max, target.MaxLength));
        CountCounted(new NearAnySink(counts, targets, min, max), prose);
    }

    /// <summary>Walks the counted texts of a leaflet (<see cref="IsCounted"/>) into <paramref name="sink"/>.</summary>
    private static void CountCounted<TSink>(TSink sink, LeafletProse prose) where TSink : struct, ICountSink
    {
        foreach (var text in prose.Texts)
        {
            if (IsCounted(text.Kind)) CountInto(sink, text.Value, text.Words);
        }
    }

    private static void CountInto<TSink>(TSink counts, string text, ReadOnlySpan<TextRange> words)
        where TSink : struct, ICountSink
    {
        Span<char> buffer = stackalloc char[MaxUnitLength];
        foreach (var word in words) CountWord(counts, text, word, buffer);
    }

    /// <summary>The longest unit counted: a longer one is not a word anyone meant.</summary>
    internal const int MaxUnitLength = 64;

    /// <summary>Adds one use of each counted unit of one word; <paramref name="buffer"/> holds
    /// <see cref="MaxUnitLength"/> characters.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void CountWord<TSink>(TSink counts, string text, TextRange word, Span<char> buffer)
        where TSink : struct, ICountSink
    {
        // A word shorter than the sink wants has no unit it wants: its parts are shorter still.
        if (word.Length < counts.MinLength) return;
        // Most words have no hyphen: one unit, counted without making a list of parts.
        if (!SpellingUnits.HasHyphen(text, word))
        {
            Count(counts, text, SpellingUnits.WithoutPossessive(text, word), buffer);
            return;
        }

        foreach (var unit in SpellingUnits.Parts(text, word)) Count(counts, text, unit, buffer);
    }

    private static void Count<TSink>(TSink counts, string text, TextRange unit, Span<char> buffer)
        where TSink : struct, ICountSink
    {
        if (unit.Length > buffer.Length || !counts.Wants(unit.Length)) return;
        var written = text.AsSpan(unit.Start, unit.Length);

        // Most words are already in lower case with straight apostrophes: looked up as written.
        var lower = IsPlainLower(written) ? written : SpellingUnits.Normalise(written, buffer);
        counts.Add(lower);
    }

    /// <summary>
    /// Letters a to z and straight apostrophes only: a short loop, quicker than a vectorised search on words this
    /// short.
    /// </summary>
    private static bool IsPlainLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if ((uint)(c - 'a') > 'z' - 'a' && c != '\'') return false;
        }

        return true;
    }
}
