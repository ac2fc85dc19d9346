using System.Runtime.CompilerServices;

namespace LeafletTool.Core.Language.Prose;

/// <summary>Where <see cref="ProseWords.Scan{TSink}"/> hands each word it finds, in order: a struct, so each kind of
/// sink gets its own compiled scan with the call made inline.</summary>
internal interface IProseWordSink
{
    /// <summary>One word of <paramref name="text"/>. <paramref name="plain"/>: its characters are letters a to z and
    /// straight apostrophes only (false when the scan did not look).</summary>
    void Add(string text, int start, int length, bool plain);
}

public static partial class ProseWords
{
    /// <summary>
    /// The words of a value without links, as <see cref="AddUnlinked"/> finds them, handed to a sink instead of a list:
    /// a chunk's words are held until its end shows it is not an address (<see cref="HeldWords"/>), and each is marked
    /// plain when it is letters a to z and straight apostrophes only.
    /// </summary>
    private static void ScanUnlinked<TSink>(string text, ref TSink sink) where TSink : struct, IProseWordSink
    {
        ReadOnlySpan<char> s = text;
        var held = default(HeldWords);
        var i = 0;
        while (i < s.Length)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                i++;
                continue;
            }

            var (chunk, count, mayBeAddress, decided) = (i, 0, false, false);
            while (i < s.Length)
            {
                var c = s[i];
                if (!IsLetterOrDigit(c))
                {
                    if (char.IsWhiteSpace(c)) break;
                    mayBeAddress |= c is '.' or '@' or ':';
                    i++;
                    continue;
                }

                // A letter or digit is never a space, so a word never runs past its chunk.
                var (start, plain, hasDigit) = (i, true, false);
                while (true)
                {
                    // The bulk of a word: letters a to z, one test each.
                    while (i < s.Length && char.IsAsciiLetterLower(s[i])) i++;
                    if (i == s.Length) break;
                    c = s[i];
                    if (IsLetterOrDigit(c))
                    {
                        plain = false;
                        hasDigit |= char.IsDigit(c);
                        i++;
                    }
                    else if (IsJoiner(c) && i + 1 < s.Length && IsLetterOrDigit(s[i + 1]))
                    {
                        plain &= c == '\'';
                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (hasDigit) continue;
                if (count == HeldWords.Capacity)
                {
                    // A chunk of many words: whether it is an address is settled now, from its end.
                    if (!decided && IsAddress(s[chunk..ChunkEnd(s, i)]))
                    {
                        (i, count) = (ChunkEnd(s, i), 0);
                        break;
                    }

                    HeldWords.Flush(text, held[..count], ref sink);
                    (decided, count) = (true, 0);
                }

                held[count++] = HeldWords.Of(start, i - start, plain);
            }

            if (count == 0 || (!decided && mayBeAddress && IsAddress(s[chunk..i]))) continue;
            if (count == 1) HeldWords.Hand(text, held[0], ref sink);
            else HeldWords.Flush(text, held[..count], ref sink);
        }
    }

    private static int ChunkEnd(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length && !char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}

/// <summary>
/// The words of a chunk (a run of characters between spaces) held until the chunk's end shows it is not a web or
/// e-mail address: a chunk holds one word or two, so they wait in place rather than in a list. Each is its start,
/// and its length times two plus one when it is plain (<see cref="IProseWordSink.Add"/>).
/// </summary>
[InlineArray(Capacity)]
internal struct HeldWords
{
    public const int Capacity = 8;

    private ulong first;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Of(int start, int length, bool plain) =>
        (uint)start | ((ulong)(uint)((length << 1) | (plain ? 1 : 0)) << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Hand<TSink>(string text, ulong word, ref TSink sink) where TSink : struct, IProseWordSink
    {
        var shape = (int)(word >> 32);
        sink.Add(text, (int)(uint)word, shape >> 1, (shape & 1) != 0);
    }

    public static void Flush<TSink>(string text, ReadOnlySpan<ulong> held, ref TSink sink)
        where TSink : struct, IProseWordSink
    {
        foreach (var word in held) Hand(text, word, ref sink);
    }
}
