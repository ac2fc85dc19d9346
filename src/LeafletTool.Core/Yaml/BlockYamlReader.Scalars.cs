using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// The values and keys of <see cref="BlockYamlReader"/>: each gives up on any form it does not read exactly as YAML
/// does, and leaves the folding of what it reads to the decoder the position map uses too.
/// </summary>
internal sealed partial class BlockYamlReader
{
    private (YamlScalar Key, int Colon) ReadKey(int line, int column)
    {
        Count();
        var colon = FindKeyColon(line, column);
        if (colon < 0) GiveUp();
        var value = scratch.Keys.Get(lines.Chars(line, column, colon));
        if (value == "<<") GiveUp();
        var span = new SourceSpan(lines.Position(line, column), lines.Position(line, colon));
        return (new YamlScalar(value, YamlScalarStyle.Plain, span), colon);
    }

    /// <summary>Whether the text at <paramref name="column"/> is a plain key followed by <c>: </c>.</summary>
    private bool IsKey(int line, int column) => FindKeyColon(line, column) >= 0;

    /// <summary>Where the colon of a plain key ends, or -1 when there is none or the key is not a simple one.</summary>
    private int FindKeyColon(int line, int column)
    {
        if (!StartsPlain(line, column)) return -1;
        var chars = lines.Chars(line, 0, lines.Length(line));
        for (var i = column + 1; i < chars.Length; i++)
        {
            var found = chars[i..].IndexOfAny(':', '#');
            if (found < 0) return -1;
            i += found;
            if (chars[i] == ':' && IsBlankOrEnd(line, i + 1)) return chars[i - 1] == ' ' ? -1 : i;
            if (chars[i] == '#' && chars[i - 1] == ' ') return -1;
        }

        return -1;
    }

    private YamlScalar ReadPlain(int line, int at)
    {
        if (!StartsPlain(line, at)) GiveUp();
        var chars = lines.Chars(line, 0, lines.Length(line));
        var end = chars.Length;
        for (var i = at; i < chars.Length; i++)
        {
            var found = chars[i..].IndexOfAny(':', '#');
            if (found < 0) break;
            i += found;
            if (chars[i] == ':' && IsBlankOrEnd(line, i + 1)) GiveUp();
            if (chars[i] == '#' && chars[i - 1] == ' ')
            {
                end = i;
                break;
            }
        }

        // The value ends at its last character that is not a space (the first is not one). A plain value on one line
        // folds to its own text: no need to rebuild it character by character.
        var last = at + chars[at..end].TrimEnd(' ').Length - 1;
        var span = new SourceSpan(lines.Position(line, at), lines.Position(line, last + 1));
        return new YamlScalar(lines.Slice(line, at, last + 1), YamlScalarStyle.Plain, span);
    }

    /// <summary>A quoted value that closes on its own line; escapes in double quotes are left to YamlDotNet.</summary>
    private YamlScalar ReadQuoted(int line, int at)
    {
        var quote = lines.At(line, at);
        var i = at + 1;
        var doubled = false;
        while (true)
        {
            if (i >= lines.Length(line)) GiveUp();
            var c = lines.At(line, i);
            if (c == '\\' && quote == '"') GiveUp();
            if (c == quote)
            {
                if (quote == '\'' && lines.At(line, i + 1) == '\'')
                {
                    doubled = true;
                    i += 2;
                    continue;
                }

                break;
            }

            i++;
        }

        var after = SkipSpaces(line, i + 1);
        if (!IsEndOfValue(line, after) || (after == i + 1 && after < lines.Length(line))) GiveUp();
        var style = quote == '\'' ? YamlScalarStyle.SingleQuoted : YamlScalarStyle.DoubleQuoted;
        var span = new SourceSpan(lines.Position(line, at), lines.Position(line, i + 1));

        // With no quote doubled (and no escape, which goes to YamlDotNet), the value is the text between the quotes.
        return doubled ? Decode(span, style) : new YamlScalar(lines.Slice(line, at + 1, i), style, span);
    }

    /// <summary>The value written in <paramref name="span"/>, rebuilt by <see cref="FlowScalar"/>.</summary>
    private YamlScalar Decode(SourceSpan span, YamlScalarStyle style)
    {
        var value = scratch.ValueText();
        FlowScalar.Read(lines.Text, span.Start.Offset, span.End.Offset, style, new TextSink(value));
        return new YamlScalar(value.ToString(), style, span);
    }

    /// <summary>
    /// A <c>|</c> or <c>&gt;</c> block, with <c>-</c> or no chomping sign, whose lines are all at one indentation;
    /// <see cref="BlockScalar"/> folds it.
    /// </summary>
    private (YamlNode Node, int Next) ReadBlockScalar(int line, int at, int indent)
    {
        var folded = lines.At(line, at) == '>';
        var strip = lines.At(line, at + 1) == '-';
        var headerEnd = at + (strip ? 2 : 1);
        var after = SkipSpaces(line, headerEnd);
        if (!IsEndOfValue(line, after) || (after == headerEnd && after < lines.Length(line))) GiveUp();

        var first = line + 1;
        if (first >= lines.Count || lines.IsBlank(first)) GiveUp();
        var blockIndent = lines.Indent(first);
        if (blockIndent <= indent) GiveUp();

        var lastContent = -1;
        var end = first;
        for (; end < lines.Count; end++)
        {
            if (lines.IsBlank(end))
            {
                if (lines.Length(end) > blockIndent) GiveUp();
                continue;
            }

            if (lines.Indent(end) < blockIndent) break;
            if (folded && lines.Indent(end) > blockIndent) GiveUp();
            lastContent = end;
        }

        if (!strip && lines.End(lastContent) == lines.Text.Length) GiveUp();
        var endPosition = end < lines.Count ? lines.Position(end, 0) : lines.EndOfText;
        var span = new SourceSpan(lines.Position(line, at), endPosition);
        var style = folded ? YamlScalarStyle.Folded : YamlScalarStyle.Literal;
        return (new YamlScalar(BlockValue(first, lastContent, blockIndent, folded, strip), style, span),
            lines.NextContent(end));
    }

    /// <summary>The value of a block whose text is on lines <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    private string BlockValue(int first, int last, int blockIndent, bool folded, bool strip)
    {
        // One line of text (at the block's indentation) folds to itself, whatever the style: taken as it stands.
        if (first == last)
        {
            var text = lines.Chars(first, blockIndent, lines.Length(first));
            return strip ? text.ToString() : string.Concat(text, "\n");
        }

        var value = scratch.ValueText();
        BlockScalar.Fold(lines.Text, lines.Start(first), blockIndent, literal: !folded, new TextSink(value));
        while (value.Length > 0 && value[^1] == '\n') value.Length--;
        if (!strip) value.Append('\n');
        return value.ToString();
    }

    /// <summary>Whether a plain value may start here: not with a sign that means something else in YAML.</summary>
    private bool StartsPlain(int line, int at)
    {
        var c = lines.At(line, at);
        if (c == '-') return !IsBlankOrEnd(line, at + 1);
        return c is not ('\n' or ' ' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!'
            or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    private bool IsBlankOrEnd(int line, int at) => lines.At(line, at) is ' ' or '\n';

    private int SkipSpaces(int line, int at)
    {
        while (lines.At(line, at) == ' ') at++;
        return at;
    }

    private bool IsEndOfValue(int line, int at) => at >= lines.Length(line) || lines.At(line, at) == '#';

    private bool IsDash(int line, int column) => lines.At(line, column) == '-' && IsBlankOrEnd(line, column + 1);

    private bool IsDocumentMarker(int line) =>
        lines.Length(line) >= 3 && (lines.Chars(line, 0, 3) is "---" or "...") && IsBlankOrEnd(line, 3);
}
