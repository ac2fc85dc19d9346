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
    private readonly SourcePosition[] positions;

    private ScalarPositionMap(IScalarText text, SourcePosition[] positions, bool isExact)
    {
        Text = text;
        this.positions = positions;
        IsExact = isExact;
    }

    /// <summary>The value this map is for.</summary>
    public IScalarText Text { get; }

    /// <summary>False when the source could not be matched to the value (text built by hand, not read from
    /// this source); every position is then the value's start, which is still a useful place to point at.</summary>
    public bool IsExact { get; }

    /// <summary>Builds the map of one value once, for callers that look up many offsets in it.</summary>
    public static ScalarPositionMap Create(SourceDocument source, IScalarText text)
    {
        var offsets = ScalarSourceOffsets.Of(source.Text, text);
        if (offsets is null) return new ScalarPositionMap(text, [text.Span.Start], isExact: false);

        var result = new SourcePosition[offsets.Length + 1];
        var walker = new PositionWalker(source.Text, text.Span.Start);
        for (var i = 0; i < offsets.Length; i++) result[i] = walker.MoveTo(offsets[i]);
        var last = offsets.Length == 0 ? text.Span.Start : result[^2];
        result[^1] = offsets.Length == 0 ? text.Span.Start
            : last with { Column = last.Column + 1, Offset = last.Offset + 1 };
        return new ScalarPositionMap(text, result, isExact: true);
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
        if (!IsExact) return Text.Span.Start;
        return positions[Math.Clamp(valueOffset, 0, positions.Length - 1)];
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

    /// <summary>Walks forward through the source counting lines the way the YAML parser does (CRLF is one
    /// break).</summary>
    private sealed class PositionWalker(string text, SourcePosition start)
    {
        private SourcePosition current = start;

        public SourcePosition MoveTo(int offset)
        {
            var (line, column, at) = (current.Line, current.Column, current.Offset);
            for (; at < offset && at < text.Length; at++)
            {
                var c = text[at];
                var lineEnds = ScalarSourceOffsets.IsBreak(c)
                    && !(c == '\r' && at + 1 < text.Length && text[at + 1] == '\n');
                if (lineEnds)
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }

            current = new SourcePosition(line, column, at);
            return current;
        }
    }
}
