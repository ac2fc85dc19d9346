using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// A word list kept as UTF-8 text, one word a line, found through an open-addressing table of (hash tag, line) pairs
/// (<see cref="WordImageBuilder.Slots"/>). The embedded lists are read where they lie in the program's image
/// (<see cref="WordImage"/>): loading the dictionary costs nothing, and a look-up touches a page or two. A list may
/// also key each line by its text up to a separator (the word ranks: word, tab, figures). Only for a list whose lines
/// need no tidying. Read-only, so safe to share.
/// </summary>
internal sealed unsafe class Utf8Words
{
    private readonly byte* text;
    private readonly int length;
    private readonly uint* slots;
    private readonly int slotCount;
    private readonly int shift;
    private readonly byte separator;
    private readonly int offsetBits;


    internal Utf8Words(byte* text, int length, uint* slots, int slotCount, int count, byte separator, object owner)
    {
        this.text = text;
        this.length = length;
        this.slots = slots;
        this.slotCount = slotCount;
        this.separator = separator;
        Count = count;
        Owner = owner;
        shift = WordHash.ShiftFor(slotCount);
        offsetBits = WordImageBuilder.OffsetBits(length);
    }

    /// <summary>How many distinct words the list has.</summary>
    public int Count { get; }

    /// <summary>What keeps the memory of the text and the table where it is.</summary>
    public object Owner { get; }

    /// <summary>The whole text.</summary>
    public ReadOnlySpan<byte> Text => new(text, length);

    /// <summary>
    /// The words of the first <paramref name="length"/> bytes of <paramref name="lines"/>, one a line ending
    /// <c>\n</c>, empty lines skipped, in memory of their own; null when a line would need tidying as a
    /// <see cref="WordSet"/> tidies words (a <c>\r</c>, a space at either end, a curly apostrophe), or the text is not
    /// valid UTF-8 or starts with a byte order mark: such a list is read as UTF-16 instead.
    /// </summary>
    public static Utf8Words? TryFromLines(byte[] lines, int length)
    {
        var all = lines.AsSpan(0, length);
        if (!Utf8.IsValid(all) || all.StartsWith(Encoding.UTF8.Preamble) || all.Contains((byte)'\r')
            || all.IndexOf("\u2019"u8) >= 0) return null;
        var text = GC.AllocateUninitializedArray<byte>(length, pinned: true);
        all.CopyTo(text);
        for (var at = 0; at < length;)
        {
            var end = all[at..].IndexOf((byte)'\n') is var n and >= 0 ? at + n : length;
            if (end > at && HasSpaceAtAnEnd(all[at..end])) return null;
            at = end + 1;
        }

        var (table, count) = WordImageBuilder.Slots(text, (byte)'\n');
        var slots = GC.AllocateUninitializedArray<uint>(table.Length, pinned: true);
        table.CopyTo(slots);
        fixed (byte* t = text)
        fixed (uint* s = slots)
        {
            return new Utf8Words(t, length, s, slots.Length, count, (byte)'\n', (text, slots));
        }
    }

    /// <summary>Every word, in the order first listed.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (var at = 0; at < length;)
            {
                var word = LineAt(at, out var end);
                if (!word.IsEmpty && Find(word, WordHash.Of(word)) == at) yield return Encoding.UTF8.GetString(word);
                at = end + 1;
            }
        }
    }

    /// <summary>The key of the line starting at <paramref name="at"/>; <paramref name="end"/>: where the line
    /// ends.</summary>
    public ReadOnlySpan<byte> LineAt(int at, out int end)
    {
        var rest = new ReadOnlySpan<byte>(text + at, length - at);
        var size = rest.IndexOf((byte)'\n') is var n and >= 0 ? n : rest.Length;
        end = at + size;
        var line = rest[..size];
        return separator != '\n' && line.IndexOf(separator) is var cut and >= 0 ? line[..cut] : line;
    }

    /// <summary>Whether the list has the word, exactly.</summary>
    public bool Contains(ReadOnlySpan<char> word) => Find(word) >= 0;

    /// <summary>Where the line of the word starts in the text, or −1.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        Span<byte> utf8 = word.Length <= 128 ? stackalloc byte[word.Length * 3] : new byte[word.Length * 3];

        // A word that is not valid UTF-16 (a lone surrogate) cannot be in a list read from valid UTF-8.
        if (Utf8.FromUtf16(word, utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            return -1;
        var bytes = utf8[..written];
        return Find(bytes, WordHash.Of(bytes));
    }

    /// <summary>Where the word's line starts in the text, or −1.</summary>
    private int Find(ReadOnlySpan<byte> word, int hash)
    {
        var mask = slotCount - 1;
        var tag = (uint)hash >> offsetBits;
        for (var slot = WordHash.FirstSlot(hash, shift); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            if (entry >> offsetBits == tag && IsKeyAt(word, (int)(entry & ((1u << offsetBits) - 1)) - 1))
                return (int)(entry & ((1u << offsetBits) - 1)) - 1;
        }
    }

    private bool IsKeyAt(ReadOnlySpan<byte> word, int at)
    {
        var end = at + word.Length;
        return end <= length && (end == length || text[end] == '\n' || text[end] == separator)
            && new ReadOnlySpan<byte>(text + at, word.Length).SequenceEqual(word);
    }

    private static bool HasSpaceAtAnEnd(ReadOnlySpan<byte> line)
    {
        Rune.DecodeFromUtf8(line, out var first, out _);
        Rune.DecodeLastFromUtf8(line, out var last, out _);
        return IsSpace(first) || IsSpace(last);
    }

    /// <summary>What <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/> would trim (it trims UTF-16 characters, so
    /// only the BMP).</summary>
    private static bool IsSpace(Rune rune) => rune.IsBmp && char.IsWhiteSpace((char)rune.Value);
}
