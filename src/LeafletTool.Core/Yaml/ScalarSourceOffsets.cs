
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
        var output = new Output();
        try
        {
            switch (text.Style)
            {
                case YamlScalarStyle.Literal:
                case YamlScalarStyle.Folded:
                    BlockScalar.Read(source, start, text.Value, text.Style == YamlScalarStyle.Literal, output);
                    break;
                default:
                    FlowScalar.Read(source, start, text.Span.End.Offset, text.Style, output);
                    break;
            }
        }
        catch (FormatException)
        {
            return null;
        }

        return output.Matches(text.Value) ? output.Offsets(text.Value.Length) : null;
    }

    /// <summary>YAML's line breaks, as the parser counts them.</summary>
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>The offset just after the line break at <paramref name="at"/> (CRLF is one break).</summary>
    public static int AfterBreak(string source, int at) =>
        source[at] == '\r' && at + 1 < source.Length && source[at + 1] == '\n' ? at + 2 : at + 1;

    /// <summary>The rebuilt value and where each of its characters came from.</summary>
    internal sealed class Output : IScalarSink
    {
        private readonly System.Text.StringBuilder chars = new();
        private readonly List<int> offsets = [];

        public int Length => chars.Length;

        public void Add(char c, int offset)
        {
            chars.Append(c);
            offsets.Add(offset);
        }

        public void Add(string decoded, int at)
        {
            foreach (var c in decoded) Add(c, at);
        }

        public void Copy(string source, int start, int length)
        {
            for (var i = start; i < start + length; i++) Add(source[i], i);
        }

        /// <summary>A block is rebuilt with every trailing line break kept; chomping may have dropped some.</summary>
        public bool Matches(string value) =>
            chars.Length >= value.Length && chars.ToString(0, value.Length) == value
            && (chars.Length == value.Length || IsOnlyBreaks(value.Length));

        public int[] Offsets(int length) => offsets.GetRange(0, length).ToArray();

        private bool IsOnlyBreaks(int from)
        {
            for (var i = from; i < chars.Length; i++)
            {
                if (chars[i] != '\n') return false;
            }

            return true;
        }
    }
}
