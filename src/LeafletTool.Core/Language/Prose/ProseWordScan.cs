using System.Runtime.CompilerServices;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>Where <see cref="ProseWords.Scan{TSink}"/> hands each word it finds, in order: a struct, so each kind of
/// sink gets its own compiled scan with the call made inline.</summary>
internal interface IProseWordSink
{
    /// <summary>One word of <paramref name="text"/>. <paramref name="plain"/>: its characters are letters a to z and
    /// straight apostrophes only (false when the scan did not look).</summary>
    void Add(string text, int start, int length, bool plain);
}

/// <summary>Adds each word found to a list of ranges (<see cref="ProseWords.AddTo"/>).</summary>
internal readonly struct RangeSink(List<TextRange> words) : IProseWordSink
{
    public void Add(string text, int start, int length, bool plain) => words.Add(new TextRange(start, length));
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

    public static void Flush<TSink>(string text, ReadOnlySpan<ulong> held, ref TSink sink)
        where TSink : struct, IProseWordSink
    {
        foreach (var word in held)
        {
            var (start, shape) = ((int)(uint)word, (int)(word >> 32));
            sink.Add(text, start, shape >> 1, (shape & 1) != 0);
        }
    }
}
