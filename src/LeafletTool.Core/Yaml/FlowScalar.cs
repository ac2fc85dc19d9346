using System.Buffers;
using System.Globalization;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// Rebuilds plain, single-quoted and double-quoted scalars: line breaks fold to a space (or to n−1 line
/// breaks after n), indentation and trailing spaces of a line are dropped, <c>''</c> is one quote, and
/// double-quoted escapes are decoded.
/// </summary>
internal static class FlowScalar
{
    /// <summary>
    /// Rebuilds the scalar that starts at <paramref name="start"/> (its opening quote, if it has one). A plain
    /// scalar ends at <paramref name="end"/>; a quoted one at its closing quote.
    /// </summary>
    public static void Read<TSink>(string source, int start, int end, YamlScalarStyle style, TSink output)
        where TSink : IScalarSink
    {
        var single = style == YamlScalarStyle.SingleQuoted;
        var dbl = style == YamlScalarStyle.DoubleQuoted;
        var plain = !single && !dbl;
        var limit = plain ? Math.Min(end, source.Length) : source.Length;
        var pending = -1;
        var stops = single ? SingleStops : dbl ? DoubleStops : PlainStops;
        var i = plain ? start : start + 1;
        while (i < limit)
        {
            var c = source[i];
            if (single && c == '\'')
            {
                if (i + 1 < limit && source[i + 1] == '\'')
                {
                    Flush(source, ref pending, i, output);
                    output.Add('\'', i);
                    i += 2;
                    continue;
                }

                break;
            }

            if (dbl && c == '"') break;
            if (dbl && c == '\\' && i + 1 < limit)
            {
                Flush(source, ref pending, i, output);
                if (ScalarSourceOffsets.IsBreak(source[i + 1]))
                {
                    i = Fold(source, i + 1, limit, output, escaped: true);
                    continue;
                }

                i = Escape(source, i, output);
                continue;
            }

            if (ScalarSourceOffsets.IsBreak(c))
            {
                pending = -1;
                i = Fold(source, i, limit, output, escaped: false);
                continue;
            }

            if (c is ' ' or '\t')
            {
                if (pending < 0) pending = i;
            }
            else
            {
                Flush(source, ref pending, i, output);
                var stop = source.AsSpan(i + 1, limit - i - 1).IndexOfAny(stops);
                var run = stop < 0 ? limit : i + 1 + stop;
                output.Copy(source, i, run - i);
                i = run;
                continue;
            }

            i++;
        }

        if (!plain) Flush(source, ref pending, i, output);
    }

    /// <summary>The characters that end a run taken as they stand, by style: blanks, breaks and quotes.</summary>
    private static readonly SearchValues<char> PlainStops = SearchValues.Create(" \t\n\r\u0085\u2028\u2029");

    private static readonly SearchValues<char> SingleStops = SearchValues.Create(" \t\n\r\u0085\u2028\u2029'");

    private static readonly SearchValues<char> DoubleStops = SearchValues.Create(" \t\n\r\u0085\u2028\u2029\"\\");

    /// <summary>
    /// Consumes one or more line breaks and the indentation after them; returns where the next text starts.
    /// </summary>
    private static int Fold<TSink>(string source, int at, int limit, TSink output, bool escaped)
        where TSink : IScalarSink
    {
        var first = at;
        var breaks = 0;
        while (at < limit && ScalarSourceOffsets.IsBreak(source[at]))
        {
            breaks++;
            at = ScalarSourceOffsets.AfterBreak(source, at);
            while (at < limit && source[at] is ' ' or '\t') at++;
        }

        if (breaks == 1 && !escaped) output.Add(' ', first);
        for (var n = 1; n < breaks; n++) output.Add('\n', first);
        return at;
    }

    /// <summary>Puts out the spaces held back from <paramref name="pending"/> up to <paramref name="at"/>.</summary>
    private static void Flush<TSink>(string source, ref int pending, int at, TSink output)
        where TSink : IScalarSink
    {
        if (pending < 0) return;
        output.Copy(source, pending, at - pending);
        pending = -1;
    }

    /// <summary>Decodes the escape at <paramref name="at"/> (a backslash) and returns the offset after it.</summary>
    private static int Escape<TSink>(string source, int at, TSink output)
        where TSink : IScalarSink
    {
        var code = source[at + 1];
        var simple = code switch
        {
            '0' => "\0",
            'a' => "\a",
            'b' => "\b",
            't' or '\t' => "\t",
            'n' => "\n",
            'v' => "\v",
            'f' => "\f",
            'r' => "\r",
            'e' => "\u001b",
            ' ' => " ",
            '"' => "\"",
            '\'' => "'",
            '/' => "/",
            '\\' => "\\",
            'N' => "\u0085",
            '_' => "\u00a0",
            'L' => "\u2028",
            'P' => "\u2029",
            _ => null,
        };
        if (simple is not null)
        {
            output.Add(simple, at);
            return at + 2;
        }

        var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => throw new FormatException("unknown escape") };
        if (at + 2 + digits > source.Length) throw new FormatException("short escape");
        var hex = source.Substring(at + 2, digits);
        if (!int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var point)
            || point < 0 || point > 0x10FFFF || point is >= 0xD800 and <= 0xDFFF)
        {
            throw new FormatException("bad escape");
        }

        output.Add(char.ConvertFromUtf32(point), at);
        return at + 2 + digits;
    }
}
