using System.Buffers;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Rebuilds literal (<c>|</c>) and folded (<c>&gt;</c>) block scalars the way the YAML parser does: the
/// indentation is removed, a literal keeps every line break, a folded block joins lines with a space except
/// around blank lines and more-indented lines. Every trailing break is kept; the caller allows for chomping.
/// </summary>
internal static class BlockScalar
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create("\n\r\u0085\u2028\u2029");

    /// <summary>
    /// Rebuilds the block whose header (<c>|</c> or <c>&gt;</c>) is at <paramref name="start"/>, finding its
    /// indentation from the source and the parser's <paramref name="value"/>.
    /// </summary>
    public static void Read<TSink>(string source, int start, string value, bool literal, TSink output)
        where TSink : IScalarSink
    {
        var at = start + 1;
        while (at < source.Length && !ScalarSourceOffsets.IsBreak(source[at])) at++;
        if (at >= source.Length) return;
        at = ScalarSourceOffsets.AfterBreak(source, at);
        Fold(source, at, Indentation(source, at, value), literal, output);
    }

    /// <summary>
    /// Folds the lines of a block from <paramref name="at"/> (the start of its first line) into
    /// <paramref name="output"/>: <paramref name="indent"/> spaces come off each line, and the block ends at the
    /// first line of text indented less. Every trailing break is kept; the caller allows for chomping.
    /// </summary>
    public static void Fold<TSink>(string source, int at, int indent, bool literal, TSink output)
        where TSink : IScalarSink
    {
        var leadingBreak = -1;
        var firstBlank = -1;
        var blanks = 0;
        var leadingBlank = false;
        while (at < source.Length)
        {
            var column = 0;
            while (column < indent && at < source.Length && source[at] == ' ')
            {
                at++;
                column++;
            }

            if (at >= source.Length) break;
            if (ScalarSourceOffsets.IsBreak(source[at]))
            {
                if (blanks++ == 0) firstBlank = at;
                at = ScalarSourceOffsets.AfterBreak(source, at);
                continue;
            }

            if (column < indent) break;
            var trailingBlank = source[at] is ' ' or '\t';
            if (!literal && leadingBreak >= 0 && !leadingBlank && !trailingBlank)
            {
                if (blanks == 0) output.Add(' ', leadingBreak);
            }
            else if (leadingBreak >= 0)
            {
                output.Add('\n', leadingBreak);
            }

            AddBreaks(source, firstBlank, blanks, output);
            blanks = 0;
            leadingBlank = trailingBlank;
            var lineEnd = source.AsSpan(at).IndexOfAny(Breaks);
            lineEnd = lineEnd < 0 ? source.Length : at + lineEnd;
            output.Copy(source, at, lineEnd - at);
            at = lineEnd;
            if (at >= source.Length)
            {
                leadingBreak = -1;
                break;
            }

            leadingBreak = at;
            at = ScalarSourceOffsets.AfterBreak(source, at);
        }

        if (leadingBreak >= 0) output.Add('\n', leadingBreak);
        AddBreaks(source, firstBlank, blanks, output);
    }

    /// <summary>A line feed for each of the <paramref name="count"/> breaks from <paramref name="from"/>.</summary>
    private static void AddBreaks<TSink>(string source, int from, int count, TSink output)
        where TSink : IScalarSink
    {
        for (; count > 0; from++)
        {
            if (!ScalarSourceOffsets.IsBreak(source[from])) continue;
            output.Add('\n', from);
            from = ScalarSourceOffsets.AfterBreak(source, from) - 1;
            count--;
        }
    }

    /// <summary>
    /// The block's indentation: the spaces before its first line of text in the source, less any spaces that
    /// line keeps in the value (which is what an explicit indentation indicator such as <c>|2</c> leaves).
    /// </summary>
    private static int Indentation(string source, int at, string value)
    {
        // A block with no text ends before the next line of text, whatever its indentation.
        if (value.All(c => c is ' ' or '\t' or '\n')) return int.MaxValue;
        var sourceSpaces = -1;
        while (at < source.Length)
        {
            var spaces = 0;
            while (at + spaces < source.Length && source[at + spaces] == ' ') spaces++;
            var next = at + spaces;
            if (next < source.Length && !ScalarSourceOffsets.IsBreak(source[next]) && !IsBlankToBreak(source, next))
            {
                sourceSpaces = spaces;
                break;
            }

            at = next;
            while (at < source.Length && !ScalarSourceOffsets.IsBreak(source[at])) at++;
            if (at >= source.Length) break;
            at = ScalarSourceOffsets.AfterBreak(source, at);
        }

        if (sourceSpaces < 0) return 1;
        var valueSpaces = 0;
        foreach (var line in value.Split('\n'))
        {
            if (line.Trim(' ', '\t').Length == 0) continue;
            while (valueSpaces < line.Length && line[valueSpaces] == ' ') valueSpaces++;
            break;
        }

        return Math.Max(1, sourceSpaces - valueSpaces);
    }

    private static bool IsBlankToBreak(string source, int at)
    {
        while (at < source.Length && source[at] is ' ' or '\t') at++;
        return at >= source.Length || ScalarSourceOffsets.IsBreak(source[at]);
    }
}
