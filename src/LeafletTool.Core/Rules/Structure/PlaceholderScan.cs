using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// Whether a value may hold a placeholder (<see cref="PlaceholderTextRule"/>): an opening bracket, or one of the
/// words in any case, which every match of the rule's expression starts with. Nearly every value has neither. The
/// scan tests 8 characters at a time for a bracket or the first three letters of a word ("tod", "fix", "tb", "xxx",
/// "lor"), letters compared with their case bit set, and only where one is found compares the whole word. A dotted or
/// dotless i (U+0130, U+0131), which a case-insensitive comparison may take for "i", always counts, so the scan
/// passes every value that the search it replaced passed: a <c>SearchValues</c> of the words, which spent most of
/// its time in a byte shuffle the published program does not have as one instruction.
/// </summary>
internal static class PlaceholderScan
{
    private static readonly string[] Words = ["todo", "fixme", "tbc", "tba", "tbd", "xxx", "lorem"];

    public static bool MayHavePlaceholder(string text)
    {
        ReadOnlySpan<char> value = text;
        var i = 0;
        if (Vector128.IsHardwareAccelerated && value.Length >= Vector128<ushort>.Count + 2)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(value));
            var last = value.Length - Vector128<ushort>.Count - 2;
            for (; i <= last; i += Vector128<ushort>.Count)
            {
                var hits = Hits(ref first, (nuint)i);
                if (hits == Vector128<ushort>.Zero) continue;
                var bits = hits.ExtractMostSignificantBits();
                while (bits != 0)
                {
                    if (StartsOne(value, i + System.Numerics.BitOperations.TrailingZeroCount(bits))) return true;
                    bits &= bits - 1;
                }
            }
        }

        for (; i < value.Length; i++)
        {
            if (StartsOne(value, i)) return true;
        }

        return false;
    }

    /// <summary>The lanes of the 8 characters from <paramref name="at"/> that may start a placeholder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Hits(ref ushort first, nuint at)
    {
        var fold = Vector128.Create((ushort)0x20);
        var raw = Vector128.LoadUnsafe(ref first, at);
        var (c0, c1, c2) = (raw | fold, Vector128.LoadUnsafe(ref first, at + 1) | fold,
            Vector128.LoadUnsafe(ref first, at + 2) | fold);
        var brackets = Is(raw, '[') | Is(raw, '<') | Is(raw, '{') | Is(raw, '\u0130') | Is(raw, '\u0131');
        var t = Is(c0, 't') & (Is(c1, 'b') | (Is(c1, 'o') & Is(c2, 'd')));
        var f = Is(c0, 'f') & Is(c1, 'i') & Is(c2, 'x');
        var x = Is(c0, 'x') & Is(c1, 'x') & Is(c2, 'x');
        var l = Is(c0, 'l') & Is(c1, 'o') & Is(c2, 'r');
        return brackets | t | f | x | l;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> Is(Vector128<ushort> chars, char c) =>
        Vector128.Equals(chars, Vector128.Create((ushort)c));

    /// <summary>Whether a bracket, a dotted or dotless i, or one of the words (any case) starts at
    /// <paramref name="at"/>.</summary>
    private static bool StartsOne(ReadOnlySpan<char> value, int at)
    {
        var c = value[at];
        if (c is '[' or '<' or '{' or '\u0130' or '\u0131') return true;
        if ((c | 0x20) is not ('t' or 'f' or 'x' or 'l')) return false;
        var rest = value[at..];
        foreach (var word in Words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
