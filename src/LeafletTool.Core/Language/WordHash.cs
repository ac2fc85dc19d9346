using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LeafletTool.Core.Language;

/// <summary>The hash of a word that <see cref="WordTable{TValue}"/>, <see cref="WordSpans"/> and <see cref="Utf8Words"/> probe their slots with.</summary>
internal static class WordHash
{
    /// <summary>
    /// A multiplicative hash over four characters at a time (one 64-bit multiply per four, so a word of 6 letters
    /// costs two), folded to 32 bits; a table takes its slot from the top bits of <see cref="Spread"/>.
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

    /// <summary>The hash multiplied again, so that its top bits (a table's slot) depend on all of it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Spread(int hash) => (uint)(hash * -1640531535);
}
