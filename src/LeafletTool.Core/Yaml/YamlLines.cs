using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// A text cut into lines (LF or CRLF), with each line's indentation, for <see cref="BlockYamlReader"/>.
/// <see cref="TryCreate"/> refuses any text with a character that would make YAML's rules about
/// positions or white space harder than the reader handles (tabs, lone CR, other line breaks, control
/// characters, surrogates): such text goes to the full parser instead.
/// </summary>
internal sealed class YamlLines
{
    private readonly string text;
    private readonly int[] starts;
    private readonly int[] ends;
    private readonly int[] indents;

    private YamlLines(string text, int[] starts, int[] ends, int[] indents, int count)
    {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.indents = indents;
        Count = count;
    }

    public int Count { get; }

    /// <summary>
    /// The lines of <paramref name="text"/>, or null when it has a character the fast reader does not handle. The
    /// arrays are the <paramref name="scratch"/>'s, reused by its next read (the nodes keep positions, not lines,
    /// and new arrays for each text were about 7 KB a read): use the lines before reading another text with it.
    /// </summary>
    public static YamlLines? TryCreate(string text, YamlScratch scratch)
    {
        // Every line but the last ends with a line feed (a lone carriage return is refused below). The arrays grow
        // when full rather than being sized by a count of the line feeds first: a pass less over the text.
        var chars = text.AsSpan();
        var (starts, ends, indents) = scratch.LineArrays(0);
        var count = 0;
        var lineStart = 0;
        var i = 0;
        while (true)
        {
            // Printable ASCII needs no look; the search skips it many characters at a time.
            var skip = chars[i..].IndexOfAnyExceptInRange(' ', '~');
            if (skip < 0) break;
            i += skip;
            var c = text[i];
            if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                if (count == starts.Length) (starts, ends, indents) = scratch.GrowLineArrays(starts, ends, count);
                starts[count] = lineStart;
                ends[count++] = i;
                if (c == '\r') i++;
                lineStart = i + 1;
            }
            else if (c < '\u00a0' || char.IsSurrogate(c)
                     || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff')
            {
                return null;
            }

            i++;
        }

        if (lineStart < text.Length)
        {
            if (count == starts.Length) (starts, ends, indents) = scratch.GrowLineArrays(starts, ends, count);
            starts[count] = lineStart;
            ends[count++] = text.Length;
        }

        for (var line = 0; line < count; line++)
        {
            var at = starts[line];
            while (at < ends[line] && text[at] == ' ') at++;
            indents[line] = at - starts[line];
        }

        return new YamlLines(text, starts, ends, indents, count);
    }

    public string Text => text;

    public int Start(int line) => starts[line];

    public int End(int line) => ends[line];

    public int Length(int line) => ends[line] - starts[line];

    public int Indent(int line) => indents[line];

    public char At(int line, int column) => column < Length(line) ? text[starts[line] + column] : '\n';

    /// <summary>Only spaces, or nothing.</summary>
    public bool IsBlank(int line) => indents[line] == Length(line);

    /// <summary>A line that holds no token: blank, or only a comment.</summary>
    public bool IsEmpty(int line) => IsBlank(line) || At(line, indents[line]) == '#';

    /// <summary>The first line from <paramref name="line"/> on that holds a token, or <see cref="Count"/>.</summary>
    public int NextContent(int line)
    {
        while (line < Count && IsEmpty(line)) line++;
        return line;
    }

    public SourcePosition Position(int line, int column) => new(line + 1, column + 1, starts[line] + column);

    /// <summary>Where the text ends, as the parser counts it.</summary>
    public SourcePosition EndOfText =>
        Count == 0 ? SourcePosition.Start
        : ends[Count - 1] == text.Length ? new SourcePosition(Count, Length(Count - 1) + 1, text.Length)
        : new SourcePosition(Count + 1, 1, text.Length);

    /// <summary>Where the parser puts the end of the stream: the end of the text, moved to a new line if it is
    /// mid-line.</summary>
    public SourcePosition EndOfStream =>
        EndOfText.Column == 1 ? EndOfText : new SourcePosition(EndOfText.Line + 1, 1, text.Length);

    /// <summary>The position of the first token on <paramref name="line"/>, or the end of the stream past the last
    /// line.</summary>
    public SourcePosition TokenStart(int line) => line < Count ? Position(line, indents[line]) : EndOfStream;

    public string Slice(int line, int from, int to) => text.Substring(starts[line] + from, to - from);

    /// <summary>The same characters as <see cref="Slice"/>, without making a string of them.</summary>
    public ReadOnlySpan<char> Chars(int line, int from, int to) => text.AsSpan(starts[line] + from, to - from);
}
