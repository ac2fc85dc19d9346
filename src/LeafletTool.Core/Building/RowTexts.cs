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

    /// <summary>The title and slug kept at <paramref name="at"/>, as new strings.</summary>
    public (string Title, string Slug) TitleAndSlug(long at)
    {
        var from = From(at);
        var title = Take(ref from);
        return (title, Take(ref from));
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
