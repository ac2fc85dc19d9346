using System.Text;

namespace LeafletTool.Core.Rendering.PlainText;

public static partial class TextWrapper
{
    /// <summary>
    /// One line wrapped at <paramref name="width"/>, continuation lines indented under the text of a list item.
    /// </summary>
    public static List<string> Wrap(string line, int width) => Wrap(line, width, direct: true);

    /// <summary>As <see cref="Wrap(string, int)"/>; without <paramref name="direct"/>, never by
    /// <see cref="WrapDirect"/> (tests compare the two).</summary>
    internal static List<string> Wrap(string line, int width, bool direct)
    {
        var lines = new TextLines(new StringBuilder(line.Length + 8));
        Wrap(line, width, ref lines, new LayoutBuffers { Direct = direct });
        var builder = lines.Builder;
        return lines.Finish() ? [.. builder.ToString(0, builder.Length - 1).Split('\n')] : [];
    }

    /// <summary>
    /// Wraps a line of simple characters (its length its character count) whose words are each no longer than a line
    /// (or an address) and, on each wrapped line, one space apart: each wrapped line is then a piece of the line
    /// itself (after the hanging indent), written as it is instead of word by word. Gives what wrapping word by word
    /// gives, or null, having written nothing, for a line it cannot do so.
    /// </summary>
    private static (int Lines, int Longest)? WrapDirect(ReadOnlySpan<char> line, int width, int hanging,
        ref TextLines output, LayoutBuffers buffers)
    {
        var breaks = buffers.Breaks;
        breaks.Clear();
        var max = Math.Max(width - hanging, 10);
        var (start, end, length) = (-1, 0, hanging);
        var at = hanging;
        while (true)
        {
            while (at < line.Length && line[at] == ' ') at++;
            if (at == line.Length) break;
            var wordEnd = line[at..].IndexOf(' ');
            wordEnd = wordEnd < 0 ? line.Length : at + wordEnd;
            var word = line[at..wordEnd];
            if (word.Length > max && !IsAddress(word)) return null;
            if (start >= 0 && length + 1 + word.Length > width)
            {
                breaks.Add((start, end));
                (start, length) = (-1, hanging);
            }

            if (start >= 0)
            {
                if (at - end != 1) return null;
                length++;
            }
            else if (breaks.Count == 0 && at != hanging) return null;
            else start = at;

            length += word.Length;
            end = wordEnd;
            at = wordEnd;
        }

        if (start >= 0) breaks.Add((start, end));
        var longest = 0;
        for (var i = 0; i < breaks.Count; i++)
        {
            var (from, to) = breaks[i];
            if (i == 0)
            {
                output.Add(line[..to]);
                longest = to;
            }
            else
            {
                output.Add(hanging, line[from..to]);
                longest = Math.Max(longest, hanging + to - from);
            }
        }

        return (breaks.Count, longest);
    }
}
