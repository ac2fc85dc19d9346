using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeafletTool.Core.Language.Words;

/// <summary>The hash of a word that <see cref="WordTable{TValue}"/>, <see cref="WordSpans"/> and
/// <see cref="Utf8Words"/> probe their slots with.</summary>
internal static class WordHash
{
    /// <summary>
    /// A multiplicative hash over four characters at a time (one 64-bit multiply per four, so a word of 6 letters
    /// costs two), folded to 32 bits; a table takes its first slot from its top bits (<see cref="FirstSlot"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<char> word)
    {
        var chunks = MemoryMarshal.Cast<char, ulong>(word);
        var hash = (ulong)word.Length;
        foreach (var chunk in chunks) hash = (hash ^ chunk) * 0x9E3779B97F4A7C15UL;
        for (var i = chunks.Length * 4; i < word.Length; i++) hash = (hash ^ word[i]) * 0x9E3779B97F4A7C15UL;
        return (int)(hash ^ (hash >> 32));
    }

    /// <summary>The same over the bytes of a word in UTF-8, eight at a time.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<byte> word)
    {
        var chunks = MemoryMarshal.Cast<byte, ulong>(word);
        var hash = (ulong)word.Length;
        foreach (var chunk in chunks) hash = (hash ^ chunk) * 0x9E3779B97F4A7C15UL;
        for (var i = chunks.Length * 8; i < word.Length; i++) hash = (hash ^ word[i]) * 0x9E3779B97F4A7C15UL;
        return (int)(hash ^ (hash >> 32));
    }

    /// <summary>The smallest power of two, at least 16, that is at least <paramref name="minimum"/>: a table's number
    /// of slots.</summary>
    public static int TableSize(int minimum)
    {
        var size = 16;
        while (size < minimum) size *= 2;
        return size;
    }

    /// <summary>How far <see cref="FirstSlot"/> shifts for a table of <paramref name="size"/> slots (a power of
    /// two).</summary>
    public static int ShiftFor(int size) => 32 - System.Numerics.BitOperations.Log2((uint)size);

    /// <summary>
    /// The slot a word's probe starts at: the top bits of the hash multiplied again, so that they depend on all of it;
    /// later probes take the next slot, wrapping round.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FirstSlot(int hash, int shift) => (int)((uint)(hash * -1640531535) >> shift);
}
