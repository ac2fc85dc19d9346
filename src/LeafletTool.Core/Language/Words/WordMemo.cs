using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeafletTool.Core.Language.Words;

/// <summary>How a memo finds the answer for a word it has not seen.</summary>
internal delegate T WordAnswer<out T>(ReadOnlySpan<char> word);

/// <summary>
/// One thread's answers about words, in front of a slower shared look-up (the dictionary, the syllable cache): a
/// leaflet's 1,070 words are about 450 distinct ones and a folder's a few thousand, so the memo stays in the
/// processor's cache where the shared tables do not. It starts small and grows with the words it meets, so a folder
/// of few words probes a table of a few kilobytes (a table made for 4,096 words missed the first-level cache on most
/// look-ups). Forgotten, all at once, at <see cref="Limit"/> words.
/// In front of the table, the answers for words of up to 8 characters met lately are kept with the characters
/// themselves, one place for each of <see cref="RecentSlots"/> (48 to 64 KB): a word met again
/// there costs two reads of it and one of the place, instead of the table's slot, key and key's text. The answer
/// for a word must depend on the word alone (so it may be kept there after the table is emptied).
/// Keep one per worker (<see cref="WordMemos"/>): it is not safe to share.
/// </summary>
internal sealed class WordMemo<T>
{
    /// <summary>Most words remembered before the memo is emptied.</summary>
    public const int Limit = 50_000;

    /// <summary>
    /// Places for the words met lately, a power of two. On the corpus of long paragraphs (175 distinct words of 3 to 8
    /// letters a leaflet) a leaflet's words missed their place about 94 times in 512 places, 42 in 2,048.
    /// </summary>
    public const int RecentSlots = 2048;

    private const int RecentShift = 64 - 11;

    private readonly WordTable<T> answers = new();
    private readonly Recent[] recent = new Recent[RecentSlots];

    /// <summary>
    /// The answer for <paramref name="word"/>: remembered, or found with <paramref name="find"/> and remembered.
    /// </summary>
    public T Get(ReadOnlySpan<char> word, WordAnswer<T> find)
    {
        var length = word.Length;
        if (length is 0 or > 8) return Remembered(word, find);

        // Up to 8 characters, the first four and the last four (overlapping; two and two below four) are the word.
        ref var at = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        ulong head, tail;
        if (length >= 4)
        {
            head = Unsafe.ReadUnaligned<ulong>(ref at);
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref at, 2 * length - 8));
        }
        else if (length >= 2)
        {
            head = Unsafe.ReadUnaligned<uint>(ref at);
            tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref at, 2 * length - 4));
        }
        else
        {
            (head, tail) = (word[0], 0);
        }

        var mixed = (head ^ ((tail + (uint)length) * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL;
        ref var place = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(recent), (nint)(mixed >> RecentShift));
        if (place.Head == head && place.Tail == tail && place.Length == length) return place.Value;
        var answer = Remembered(word, find);
        place = new Recent(head, tail, length, answer);
        return answer;
    }

    private T Remembered(ReadOnlySpan<char> word, WordAnswer<T> find)
    {
        if (answers.TryGetValue(word, out var known)) return known;
        if (answers.Count >= Limit) answers.Clear();
        known = find(word);
        answers.GetValueRefOrAddDefault(word, out _) = known;
        return known;
    }

    /// <summary>A word met lately (its first and last four characters and its length; length 0: none) and its
    /// answer.</summary>
    private readonly record struct Recent(ulong Head, ulong Tail, int Length, T Value);
}
