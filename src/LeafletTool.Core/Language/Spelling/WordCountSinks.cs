using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>Where <see cref="WordFrequencies"/> adds a use: a struct, so each kind of table gets its own
/// compiled loop with the call made inline.</summary>
internal interface ICountSink
{
    /// <summary>The length below which no unit is wanted.</summary>
    int MinLength { get; }

    /// <summary>Whether a unit of this length is wanted.</summary>
    bool Wants(int length);

    void Add(ReadOnlySpan<char> lowerWord);
}

internal readonly struct TableSink(WordTable<int> table) : ICountSink
{
    public int MinLength => 0;

    public bool Wants(int length) => true;

    public void Add(ReadOnlySpan<char> lowerWord) => table.GetValueRefOrAddDefault(lowerWord, out _)++;
}

internal readonly struct LeafletSink(LeafletWordCounts counts) : ICountSink
{
    public int MinLength => 0;

    public bool Wants(int length) => true;

    public void Add(ReadOnlySpan<char> lowerWord) => counts.Add(lowerWord);
}

/// <summary>Counts only the units one near-miss search reads (<see cref="NearTarget"/>, <see cref="NearMisses"/>).
/// </summary>
internal readonly struct NearSink(LeafletWordCounts counts, NearTarget target) : ICountSink
{
    public int MinLength => target.MinLength;

    public bool Wants(int length) => length >= target.MinLength && length <= target.MaxLength;

    public void Add(ReadOnlySpan<char> lowerWord)
    {
        if (target.Admits(lowerWord, SuggestionIndex.MaskOf(lowerWord))) counts.Add(lowerWord);
    }
}

/// <summary>Counts the units any one of several searches reads: one walk of a leaflet for the near-miss searches
/// of all its unknown words instead of one walk each (<see cref="LeafletUses.Prepare"/>).</summary>
internal readonly struct NearAnySink(LeafletWordCounts counts, NearTarget[] targets, int minLength, int maxLength)
    : ICountSink
{
    public int MinLength => minLength;

    public bool Wants(int length) => length >= minLength && length <= maxLength;

    public void Add(ReadOnlySpan<char> lowerWord)
    {
        var mask = SuggestionIndex.MaskOf(lowerWord);
        foreach (var target in targets)
        {
            if (!target.Admits(lowerWord, mask)) continue;
            counts.Add(lowerWord);
            return;
        }
    }
}

/// <summary>What one near-miss search reads of a leaflet: units of a length from <see cref="MinLength"/> to
/// <see cref="MaxLength"/> whose letters differ from <see cref="Mask"/>'s in at most <see cref="MaxBits"/> places.
/// </summary>
internal readonly record struct NearTarget(int MinLength, int MaxLength, uint Mask, int MaxBits)
{
    public static NearTarget Of(string lowerWord, int limit) =>
        new(lowerWord.Length - limit, lowerWord.Length + limit, SuggestionIndex.MaskOf(lowerWord), 2 * limit);

    /// <summary>Whether the search reads <paramref name="lowerWord"/>, whose letter mask is <paramref name="mask"/>.
    /// </summary>
    public bool Admits(ReadOnlySpan<char> lowerWord, uint mask) =>
        lowerWord.Length >= MinLength && lowerWord.Length <= MaxLength
        && System.Numerics.BitOperations.PopCount(mask ^ Mask) <= MaxBits;
}

/// <summary>
/// Counts each word as the scan finds it (<see cref="ProseWords.Scan{TSink}"/>), as
/// <see cref="WordFrequencies.CountWord{TSink}"/> counts a word found before: a plain word (letters a to z and straight
/// apostrophes) is its own lower case with no hyphen, so it is counted at once, its final "'s" dropped; any other
/// word goes the long way.
/// </summary>
internal readonly struct ScanSink<TSink>(TSink counts) : IProseWordSink
    where TSink : struct, ICountSink
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(string text, int start, int length, bool plain)
    {
        if (!plain)
        {
            CountOther(text, start, length);
            return;
        }

        if (length < counts.MinLength) return;
        if (length > 2 && text[start + length - 1] == 's' && text[start + length - 2] == '\'') length -= 2;
        if (length <= WordFrequencies.MaxUnitLength && counts.Wants(length)) counts.Add(text.AsSpan(start, length));
    }

    private void CountOther(string text, int start, int length)
    {
        Span<char> buffer = stackalloc char[WordFrequencies.MaxUnitLength];
        WordFrequencies.CountWord(counts, text, new TextRange(start, length), buffer);
    }
}
