namespace LeafletTool.Core.Yaml;

/// <summary>
/// Rebuilds a scalar's value from its source text, noting for each character of the value the source offset
/// it came from. The rebuilt value must equal the parser's; if it does not, the answer is null and callers
/// fall back to the start of the value.
/// </summary>
internal static class ScalarSourceOffsets
{
    public static int[]? Of(string source, IScalarText text)
    {
        var start = text.Span.Start.Offset;
        if (start < 0 || start >= source.Length && text.Value.Length > 0) return null;
        var output = new Output(text.Value);
        try
        {
            switch (text.Style)
            {
                case YamlScalarStyle.Literal:
                case YamlScalarStyle.Folded:
                    BlockScalar.Read(source, start, text.Value, text.Style == YamlScalarStyle.Literal,
                        new OutputSink(output));
                    break;
                default:
                    FlowScalar.Read(source, start, text.Span.End.Offset, text.Style, new OutputSink(output));
                    break;
            }
        }
        catch (FormatException)
        {
            return null;
        }

        return output.Matches ? output.Offsets : null;
    }

    /// <summary>YAML's line breaks, as the parser counts them.</summary>
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The offset just after the line break at <paramref name="at"/> (CRLF is one break).</summary>
    public static int AfterBreak(string source, int at) =>
        source[at] == '\r' && at + 1 < source.Length && source[at + 1] == '\n' ? at + 2 : at + 1;

    /// <summary>
    /// Where each character of the value came from, checked against the value as it is rebuilt: the characters are
    /// compared as they come rather than kept. A block is rebuilt with every trailing line break kept; chomping may
    /// have dropped some, so characters past the value's end must be line breaks.
    /// </summary>
    internal sealed class Output(string value)
    {
        private int length;
        private bool differs;

        public int[] Offsets { get; } = new int[value.Length];

        /// <summary>Whether the rebuilt characters are the value, with at most line breaks after it.</summary>
        public bool Matches => !differs && length >= value.Length;

        public void Add(char c, int at)
        {
            if (length < value.Length)
            {
                differs |= value[length] != c;
                Offsets[length] = at;
            }
            else
            {
                differs |= c != '\n';
            }

            length++;
        }

        public void Copy(string source, int start, int count)
        {
            var within = Math.Clamp(value.Length - length, 0, count);
            if (!source.AsSpan(start, within).SequenceEqual(value.AsSpan(length, within))) differs = true;
            for (var i = 0; i < within; i++) Offsets[length + i] = start + i;
            if (within < count && source.AsSpan(start + within, count - within).ContainsAnyExcept('\n')) differs = true;
            length += count;
        }
    }

    /// <summary>The sink of an <see cref="Output"/>: a struct, so that the decoders are compiled for it and call it
    /// directly for each character.</summary>
    internal readonly struct OutputSink(Output output) : IScalarSink
    {
        public void Add(char c, int at) => output.Add(c, at);

        public void Add(string decoded, int at)
        {
            foreach (var c in decoded) output.Add(c, at);
        }

        public void Copy(string source, int start, int length) => output.Copy(source, start, length);
    }
}
