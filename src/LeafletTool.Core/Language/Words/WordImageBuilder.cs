using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// Makes the word image (<see cref="WordImage"/>) from the word lists, at build time (<c>tools/word-tables</c>, run by
/// the core's project file) and in the test that checks the embedded image is what the lists give: the lists as
/// UTF-8 text, one word a line, each with its hash table of (hash tag, line) pairs, the word ranks keyed on their
/// first column, and the dictionary's suggestion index (its words by length, as <see cref="SuggestionOrder"/> orders
/// them, each with its letter mask). Compiled into that tool too, so it uses nothing of the core but
/// <see cref="WordHash"/>.
/// </summary>
internal static class WordImageBuilder
{
    public const int Version = 1;

    /// <summary>The longest word (in UTF-16 characters) the suggestion index holds.</summary>
    public const int MaxSuggestionLength = 40;

    /// <summary>The image of the unpacked lists: the dictionary's (large, extra, medical, in that order), the common
    /// words, the medical lexicon alone and the word ranks (word, tab, leaflets, tab, size class).</summary>
    public static byte[] Build(byte[] large, byte[] extra, byte[] medical, byte[] small, byte[] ranks)
    {
        var words = Join(large, extra, medical);
        var sections = new List<byte[]>();
        var counts = new List<int>();
        foreach (var (text, separator) in new[] { (words, (byte)'\n'), (small, (byte)'\n'), (medical, (byte)'\n'),
                     (ranks, (byte)'\t') })
        {
            Check(text, separator);
            var (slots, count) = Slots(text, separator);
            if (separator == '\t') CheckRanks(text, count);
            sections.Add(text);
            sections.Add(AsBytes(slots));
            counts.Add(count);
        }

        var (buckets, masks, offsets) = SuggestionIndexOf(words);
        sections.Add(AsBytes(buckets));
        sections.Add(AsBytes(masks));
        sections.Add(AsBytes(offsets));
        sections.Add(AsBytes(counts.ToArray()));
        return Pack(sections);
    }

    /// <summary>The lists one after the other with a <c>\n</c> between them.</summary>
    public static byte[] Join(params byte[][] lists)
    {
        var joined = new List<byte>();
        for (var i = 0; i < lists.Length; i++)
        {
            if (i > 0) joined.Add((byte)'\n');
            joined.AddRange(lists[i]);
        }

        return joined.ToArray();
    }

    /// <summary>
    /// The hash table of a list: a power of two of slots (at least one and a half per line), each 0 or, in its low
    /// <see cref="OffsetBits"/> bits, the line's start + 1 and, in the bits above, as many top bits of the key's hash
    /// (a tag, which spares comparing most keys that are not the word); the key is the line up to
    /// <paramref name="separator"/>. A key listed twice keeps its first line. Also how many keys.
    /// </summary>
    public static (uint[] Slots, int Count) Slots(byte[] text, byte separator)
    {
        var lines = text.AsSpan().Count((byte)'\n') + 1;
        var slots = new uint[WordHash.TableSize(lines + (lines / 2))];
        var shift = WordHash.ShiftFor(slots.Length);
        var bits = OffsetBits(text.Length);
        var mask = slots.Length - 1;
        var count = 0;
        for (var at = 0; at < text.Length;)
        {
            var (start, end) = (at, LineEnd(text, at));
            var key = KeyOf(text, start, end, separator);
            at = end + 1;
            if (key.IsEmpty) continue;
            var hash = WordHash.Of(key);
            var slot = WordHash.FirstSlot(hash, shift);
            var listed = false;
            for (; slots[slot] != 0; slot = (slot + 1) & mask)
            {
                var entry = slots[slot];
                var other = (int)(entry & ((1u << bits) - 1)) - 1;
                if (entry >> bits == (uint)hash >> bits
                    && KeyOf(text, other, LineEnd(text, other), separator).SequenceEqual(key))
                {
                    listed = true;
                    break;
                }
            }

            if (listed) continue;
            slots[slot] = (((uint)hash >> bits) << bits) | (uint)(start + 1);
            count++;
        }

        return (slots, count);
    }

    /// <summary>How many low bits of a slot hold a line's start + 1 in a text of <paramref name="length"/> bytes (at
    /// most 31: a text is under 2 GB).</summary>
    public static int OffsetBits(int length) => Math.Min(31, System.Numerics.BitOperations.Log2((uint)length + 1) + 1);

    /// <summary>
    /// The order of the suggestion index: every distinct word, sorted by ordinal, backwards; of 2 to
    /// <see cref="MaxSuggestionLength"/> characters and without an apostrophe; the first of those with the same lower
    /// case ("polish" before "Polish"). Each word with its lower-case form.
    /// </summary>
    public static IEnumerable<(string Word, string Lower)> SuggestionOrder(IEnumerable<string> words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words.Distinct(StringComparer.Ordinal).OrderBy(w => w, StringComparer.Ordinal).Reverse())
        {
            if (word.Length < 2 || word.Length > MaxSuggestionLength || word.Contains('\'', StringComparison.Ordinal))
                continue;
            var lower = word.ToLowerInvariant();
            if (seen.Add(lower)) yield return (word, lower);
        }
    }

    /// <summary>The 32-bit letter mask of a lower-case word: a bit per letter a to z, and one of six others for any
    /// other character.</summary>
    public static uint MaskOf(ReadOnlySpan<char> word)
    {
        uint mask = 0;
        foreach (var c in word) mask |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << (26 + (c % 6));
        return mask;
    }

    /// <summary>The suggestion index: per length (0 to <see cref="MaxSuggestionLength"/>) its first entry and how
    /// many; each entry's mask and the start of its word's line in the text.</summary>
    private static (int[] Buckets, uint[] Masks, int[] Offsets) SuggestionIndexOf(byte[] text)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var at = 0; at < text.Length;)
        {
            var end = LineEnd(text, at);
            if (end > at) starts.TryAdd(Encoding.UTF8.GetString(text, at, end - at), at);
            at = end + 1;
        }

        var byLength = new List<(uint Mask, int Offset)>[MaxSuggestionLength + 1];
        for (var i = 0; i < byLength.Length; i++) byLength[i] = [];
        foreach (var (word, lower) in SuggestionOrder(starts.Keys))
            byLength[lower.Length].Add((MaskOf(lower), starts[word]));
        var buckets = new int[byLength.Length * 2];
        var entries = byLength.SelectMany(b => b).ToArray();
        for (int length = 0, first = 0; length < byLength.Length; first += byLength[length++].Count)
            (buckets[length * 2], buckets[(length * 2) + 1]) = (first, byLength[length].Count);
        return (buckets, entries.Select(e => e.Mask).ToArray(), entries.Select(e => e.Offset).ToArray());
    }

    /// <summary>A list fit to be read as UTF-8 in place: valid, no byte order mark, no <c>\r</c>, no curly apostrophe,
    /// no space at either end of a key (a <see cref="WordSet"/> would tidy those; the image would not). The ranks are
    /// keyed as listed, curly apostrophes and all, as they always were.</summary>
    private static void Check(byte[] text, byte separator)
    {
        var all = text.AsSpan();
        if (!Utf8.IsValid(all) || all.StartsWith(Encoding.UTF8.Preamble) || all.Contains((byte)'\r')
            || (separator == '\n' && all.IndexOf("\u2019"u8) >= 0))
            throw new InvalidOperationException("A word list needs tidying before it can be read in place.");
        for (var at = 0; at < text.Length;)
        {
            var end = LineEnd(text, at);
            var key = Encoding.UTF8.GetString(KeyOf(text, at, end, separator));
            if (key.Trim() != key) throw new InvalidOperationException($"The word '{key}' has a space at an end.");
            at = end + 1;
        }
    }

    /// <summary>Every line of the ranks a word, a tab and two whole numbers; no word twice.</summary>
    private static void CheckRanks(byte[] text, int count)
    {
        var lines = Encoding.UTF8.GetString(text).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            if (columns.Length != 3 || columns[0].Length == 0 || !columns.Skip(1).All(IsWholeNumber))
                throw new InvalidOperationException($"The word rank '{line}' is not a word and two whole numbers.");
        }

        if (lines.Length != count) throw new InvalidOperationException("A word is ranked twice.");
    }

    private static bool IsWholeNumber(string column) =>
        column.Length is > 0 and < 10 && column.All(char.IsAsciiDigit);

    private static int LineEnd(byte[] text, int at) =>
        text.AsSpan(at).IndexOf((byte)'\n') is var n and >= 0 ? at + n : text.Length;

    private static ReadOnlySpan<byte> KeyOf(byte[] text, int at, int end, byte separator)
    {
        var line = text.AsSpan(at, end - at);
        return line.IndexOf(separator) is var cut and >= 0 ? line[..cut] : line;
    }

    private static byte[] AsBytes<T>(T[] values) where T : struct =>
        System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    /// <summary>"LTWT", the version, the number of sections, each one's start and length, then the sections, each
    /// starting on a multiple of 8 bytes.</summary>
    private static byte[] Pack(List<byte[]> sections)
    {
        var header = 12 + (sections.Count * 8);
        var starts = new int[sections.Count];
        var size = header;
        for (var i = 0; i < sections.Count; i++)
        {
            size = (size + 7) & ~7;
            starts[i] = size;
            size += sections[i].Length;
        }

        var image = new byte[size];
        "LTWT"u8.CopyTo(image);
        BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(4), Version);
        BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(8), sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(12 + (i * 8)), starts[i]);
            BinaryPrimitives.WriteInt32LittleEndian(image.AsSpan(16 + (i * 8)), sections[i].Length);
            sections[i].CopyTo(image, starts[i]);
        }

        return image;
    }
}
