using System.Runtime.InteropServices;
using System.Text;

namespace LeafletTool.Core.Building;

/// <summary>
/// The title, slug and resource number of each leaflet the index keeps (<see cref="IndexRows"/>), one after another
/// in pages of 64 KB shared by all the rows, one byte a character when every character is below 256 (else two), each
/// after its length: about 75 bytes a leaflet where three strings were about 220, for 100,000 leaflets kept until the
/// index is written. Safe to add to from any thread.
/// </summary>
internal sealed class RowTexts
{
    private const int Page = 1 << 16;
    private readonly List<byte[]> pages = [];
    private readonly object gate = new();
    private int used;

    /// <summary>Keeps the three texts; where they are.</summary>
    public long Keep(string title, string slug, string resourceNumber)
    {
        var size = Size(title) + Size(slug) + Size(resourceNumber);
        lock (gate)
        {
            if (pages.Count == 0 || used + size > pages[^1].Length)
            {
                pages.Add(new byte[Math.Max(Page, size)]);
                used = 0;
            }

            var at = ((long)(pages.Count - 1) << 32) | (uint)used;
            var into = pages[^1].AsSpan(used, size);
            used += size;
            into = Put(title, into);
            into = Put(slug, into);
            Put(resourceNumber, into);
            return at;
        }
    }

    /// <summary>The three texts kept at <paramref name="at"/>, as new strings.</summary>
    public (string Title, string Slug, string ResourceNumber) Read(long at)
    {
        var from = From(at);
        var title = Take(ref from);
        var slug = Take(ref from);
        return (title, slug, Take(ref from));
    }

    /// <summary>
    /// Compares the rows kept at <paramref name="a"/> and <paramref name="b"/> as the index orders them
    /// (<see cref="Rendering.View.IndexViewBuilder.Order(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char},
    /// ReadOnlySpan{char})"/>) without making strings: sorting 100,000 rows made a title and a slug a row, 13 MB at
    /// the build's peak. Only once no more rows are being kept.
    /// </summary>
    public int CompareForIndex(long a, long b)
    {
        Span<char> buffer = stackalloc char[4 * Short];
        var fromA = Unlocked(a);
        var fromB = Unlocked(b);
        var titleA = Chars(fromA, buffer[..Short], out var size);
        var slugA = Chars(fromA[size..], buffer.Slice(Short, Short), out _);
        var titleB = Chars(fromB, buffer.Slice(2 * Short, Short), out size);
        var slugB = Chars(fromB[size..], buffer[(3 * Short)..], out _);
        return Rendering.View.IndexViewBuilder.Order(titleA, slugA, titleB, slugB);
    }

    /// <summary>Characters of a text decoded onto the stack to be compared (a longer one gets an array).</summary>
    private const int Short = 128;

    private ReadOnlySpan<byte> Unlocked(long at) => pages[(int)(at >> 32)].AsSpan((int)(uint)at);

    /// <summary>The text at the start of <paramref name="from"/> as characters: the kept bytes themselves when two a
    /// character, else decoded into <paramref name="into"/> when it is long enough; <paramref name="size"/>, the
    /// bytes it takes with its length.</summary>
    private static ReadOnlySpan<char> Chars(ReadOnlySpan<byte> from, Span<char> into, out int size)
    {
        var length = MemoryMarshal.Read<int>(from);
        if (length < 0)
        {
            length = -length - 1;
            size = 4 + (2 * length);
            return MemoryMarshal.Cast<byte, char>(from[4..size]);
        }

        size = 4 + length;
        var chars = length <= into.Length ? into[..length] : new char[length];
        Encoding.Latin1.GetChars(from[4..size], chars);
        return chars;
    }

    private ReadOnlySpan<byte> From(long at)
    {
        lock (gate) return pages[(int)(at >> 32)].AsSpan((int)(uint)at);
    }

    private static bool IsWide(string text) => text.AsSpan().ContainsAnyExceptInRange('\0', '\u00ff');

    private static int Size(string text) => 4 + (IsWide(text) ? 2 * text.Length : text.Length);

    /// <summary>Writes the length (negated when two bytes a character), then the characters; gives the rest.</summary>
    private static Span<byte> Put(string text, Span<byte> into)
    {
        var wide = IsWide(text);
        MemoryMarshal.Write(into, wide ? -text.Length - 1 : text.Length);
        into = into[4..];
        if (wide)
        {
            MemoryMarshal.AsBytes(text.AsSpan()).CopyTo(into);
            return into[(2 * text.Length)..];
        }

        Encoding.Latin1.GetBytes(text, into);
        return into[text.Length..];
    }

    private static string Take(ref ReadOnlySpan<byte> from)
    {
        var length = MemoryMarshal.Read<int>(from);
        from = from[4..];
        string text;
        if (length < 0)
        {
            length = -length - 1;
            text = new string(MemoryMarshal.Cast<byte, char>(from[..(2 * length)]));
            from = from[(2 * length)..];
            return text;
        }

        text = Encoding.Latin1.GetString(from[..length]);
        from = from[length..];
        return text;
    }
}
