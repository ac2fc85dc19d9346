using System.Buffers;
using System.Globalization;
using System.Text;

namespace LeafletTool.Core.Formats;

/// <summary>
/// Text from leaflets and file names made safe to print: control characters (C0 but tab, DEL, C1), the
/// bidirectional controls that can reorder what a reader sees, and line and paragraph separators are shown escaped
/// as <c>\u001b</c>, so a value or a file name can neither send escape sequences to a terminal nor split a finding
/// into two lines and forge one.
/// </summary>
public static class TerminalText
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000a\u000b\u000c\u000d\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f"
        + "\u007f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f"
        + "\u061c\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");

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
