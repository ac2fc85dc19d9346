using System.Buffers;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Maps a character of a text value (<see cref="IScalarText.Value"/>) back to where it stands in the source
/// file, for every way YAML lets a value be written: plain (one or several lines), single-quoted (<c>''</c>),
/// double-quoted (<c>\"</c>, <c>\n</c>, <c>\u00e9</c>, escaped line breaks), folded <c>&gt;-</c> and literal
/// <c>|</c> blocks, with LF or CRLF line endings. Rules that find something inside a value (a link, a
/// placeholder, a misspelt word) use it to point at that thing rather than at the start of the value.
/// </summary>
public sealed class ScalarPositionMap
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>The source offset of each character of the value, never less than the one before it (nor than the
    /// value's start): where the parser's count of lines and columns has reached at that character.</summary>
    private readonly int[] offsets;

    /// <summary>The source offsets of the line breaks between the value's start and its last character's offset,
    /// in order (CRLF counts once, at its LF).</summary>
    private readonly int[] breaks;

    private ScalarPositionMap(IScalarText text, int[] offsets, int[] breaks, bool isExact)
    {
        Text = text;
        this.offsets = offsets;
        this.breaks = breaks;
        IsExact = isExact;
    }

    /// <summary>The value this map is for.</summary>
    public IScalarText Text { get; }

    /// <summary>False when the source could not be matched to the value (text built by hand, not read from
    /// this source); every position is then the value's start, which is still a useful place to point at.</summary>
    public bool IsExact { get; }

    /// <summary>
    /// Builds the map of one value once, for callers that look up many offsets in it. It keeps each character's
    /// source offset and where the lines break; a position is counted from those when asked for.
    /// </summary>
    public static ScalarPositionMap Create(SourceDocument source, IScalarText text)
    {
        var offsets = ScalarSourceOffsets.Of(source.Text, text);
        if (offsets is null) return new ScalarPositionMap(text, [], [], isExact: false);

        // The count walks forward only, and stops at the end of the source.
        var reached = text.Span.Start.Offset;
        for (var i = 0; i < offsets.Length; i++)
        {
            reached = Math.Max(reached, Math.Min(offsets[i], source.Text.Length));
            offsets[i] = reached;
        }

        return new ScalarPositionMap(text, offsets, BreaksBetween(source.Text, text.Span.Start.Offset, reached),
            isExact: true);
    }

    /// <summary>Where the character at <paramref name="valueOffset"/> of <paramref name="text"/>'s value stands in
    /// <paramref name="source"/>. An offset equal to the value's length gives the place just after its last
    /// character.</summary>
    public static SourcePosition PositionOf(SourceDocument source, IScalarText text, int valueOffset) =>
        Create(source, text).PositionOf(valueOffset);

    /// <summary>Where the character at <paramref name="valueOffset"/> of the value stands; offsets out of range are
    /// clamped.</summary>
    public SourcePosition PositionOf(int valueOffset)
    {
        if (!IsExact || offsets.Length == 0) return Text.Span.Start;
        var index = Math.Clamp(valueOffset, 0, offsets.Length);
        if (index < offsets.Length) return At(offsets[index]);
        var last = At(offsets[^1]);
        return last with { Column = last.Column + 1, Offset = last.Offset + 1 };
    }

    /// <summary>The source span of <paramref name="length"/> characters of the value from
    /// <paramref name="valueOffset"/>.</summary>
    public SourceSpan SpanOf(int valueOffset, int length)
    {
        var start = PositionOf(valueOffset);
        if (!IsExact || length <= 0) return new SourceSpan(start, start);
        var last = PositionOf(valueOffset + length - 1);
        return new SourceSpan(start, last with { Column = last.Column + 1, Offset = last.Offset + 1 });
    }

    /// <summary>The line and column of source offset <paramref name="offset"/> (not before the value's start),
    /// counted the way the YAML parser does from the value's start.</summary>
    private SourcePosition At(int offset)
    {
        var start = Text.Span.Start;
        var passed = breaks.AsSpan().BinarySearch(offset);
        passed = passed < 0 ? ~passed : passed;
        return passed == 0
            ? new SourcePosition(start.Line, start.Column + offset - start.Offset, offset)
            : new SourcePosition(start.Line + passed, offset - breaks[passed - 1], offset);
    }

    /// <summary>The offsets of the line breaks in <paramref name="from"/> up to <paramref name="to"/> (not
    /// included); a CR followed by an LF is not one, its LF is.</summary>
    private static int[] BreaksBetween(string text, int from, int to)
    {
        List<int>? found = null;
        var at = from;
        while (at < to)
        {
            var next = text.AsSpan(at, to - at).IndexOfAny(Breaks);
            if (next < 0) break;
            at += next;
            if (!(text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n')) (found ??= []).Add(at);
            at++;
        }

        return found is null ? [] : found.ToArray();
    }
}
