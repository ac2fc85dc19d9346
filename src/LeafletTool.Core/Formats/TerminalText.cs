using System.Buffers;
using System.Globalization;
using System.Text;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Formats;

/// <summary>
/// Text from leaflets and file names made safe to print: control characters (C0 but tab, DEL, C1), the
/// bidirectional controls that can reorder what a reader sees, and line and paragraph separators are shown escaped
/// as <c>\u001b</c>, so a value or a file name can neither send escape sequences to a terminal nor split a finding
/// into two lines and forge one.
/// </summary>
public static class TerminalText
{
    // Line breaks too (LF, CR, NEL, line and paragraph separators): one finding is one line.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        UnseenCharacters.Controls + UnseenCharacters.Bidirectional + "\n\r\u0085\u2028\u2029");

    /// <summary>The text with every unsafe character written as <c>\uXXXX</c> (line breaks too: one finding is one
    /// line); the same text when there is none, which is nearly always.</summary>
    public static string Escape(string? text) => Escape(text, keepLineBreaks: false);

    /// <summary>As <see cref="Escape(string?)"/>, keeping line feeds (and CRLF) when
    /// <paramref name="keepLineBreaks"/> is set: for a whole message of several lines.</summary>
    public static string Escape(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            var lineBreak = c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n');
            if (!Unsafe.Contains(c) || (keepLineBreaks && lineBreak)) builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
