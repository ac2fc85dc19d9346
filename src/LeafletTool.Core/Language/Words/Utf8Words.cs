using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// A word list kept as the UTF-8 text it was read as, one word a line, found through an open-addressing table of
/// (hash, line) pairs: loading the dictionary costs its 1.6 MB of text and a 2 MB table, with no copy of the text
/// as UTF-16 and no string per word. Only for a list whose lines need no tidying (see <see cref="TryFromLines"/>).
/// Read-only once built, so safe to share.
/// </summary>
internal sealed class Utf8Words
{
    private readonly byte[] text;
    private readonly int length;
    private readonly ulong[] slots;
    private readonly int shift;

    private Utf8Words(byte[] text, int length, int lines)
    {
        this.text = text;
        this.length = length;
        slots = new ulong[WordHash.TableSize(lines + (lines / 2))];
        shift = WordHash.ShiftFor(slots.Length);
    }

    /// <summary>How many distinct words the list has.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The words of the first <paramref name="length"/> bytes of <paramref name="text"/> (kept, not copied), one a
    /// line ending <c>\n</c>, empty lines skipped; null when a line would need tidying as a <see cref="WordSet"/>
    /// tidies words (a <c>\r</c>, a space at either end, a curly apostrophe), or the text is not valid UTF-8 or starts
    /// with a byte order mark: such a list is read as UTF-16 instead.
    /// </summary>
    public static Utf8Words? TryFromLines(byte[] text, int length)
    {
        var all = text.AsSpan(0, length);
        if (!Utf8.IsValid(all) || all.StartsWith(Encoding.UTF8.Preamble) || all.Contains((byte)'\r')
            || all.IndexOf("\u2019"u8) >= 0) return null;
        var words = new Utf8Words(text, length, all.Count((byte)'\n') + 1);
        for (var at = 0; at < length;)
        {
            var end = all[at..].IndexOf((byte)'\n') is var n and >= 0 ? at + n : length;
            var line = all[at..end];
            if (!line.IsEmpty)
            {
                if (HasSpaceAtAnEnd(line)) return null;
                words.Add(line, at);
            }

            at = end + 1;
        }

        return words;
    }

    /// <summary>Every word, in the order first listed.</summary>
    public IEnumerable<string> Words
    {
        get
        {
            for (var at = 0; at < length;)
            {
                var end = text.AsSpan(at, length - at).IndexOf((byte)'\n') is var n and >= 0 ? at + n : length;
                var line = text.AsSpan(at, end - at);
                if (!line.IsEmpty && Find(line, WordHash.Of(line)) == at) yield return Encoding.UTF8.GetString(line);
                at = end + 1;
            }
        }
    }

    /// <summary>Whether the list has the word, exactly.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<byte> utf8 = word.Length <= 128 ? stackalloc byte[word.Length * 3] : new byte[word.Length * 3];

        // A word that is not valid UTF-16 (a lone surrogate) cannot be in a list read from valid UTF-8.
        if (Utf8.FromUtf16(word, utf8, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            return false;
        var bytes = utf8[..written];
        return Find(bytes, WordHash.Of(bytes)) >= 0;
    }

    /// <summary>Where the word's line starts in the text, or −1.</summary>
    private int Find(ReadOnlySpan<byte> word, int hash)
    {
        var mask = slots.Length - 1;
        for (var slot = WordHash.FirstSlot(hash, shift); ; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if (entry == 0) return -1;
            var at = (int)(uint)entry - 1;
            if ((int)(entry >> 32) == hash && IsLineAt(word, at)) return at;
        }
    }

    private bool IsLineAt(ReadOnlySpan<byte> word, int at)
    {
        var end = at + word.Length;
        return end <= length && (end == length || text[end] == '\n')
            && text.AsSpan(at, word.Length).SequenceEqual(word);
    }

    private void Add(ReadOnlySpan<byte> word, int at)
    {
        var hash = WordHash.Of(word);
        var mask = slots.Length - 1;
        var slot = WordHash.FirstSlot(hash, shift);
        for (; slots[slot] != 0; slot = (slot + 1) & mask)
        {
            var entry = slots[slot];
            if ((int)(entry >> 32) == hash && IsLineAt(word, (int)(uint)entry - 1)) return;
        }

        slots[slot] = ((ulong)(uint)hash << 32) | (uint)(at + 1);
        Count++;
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
