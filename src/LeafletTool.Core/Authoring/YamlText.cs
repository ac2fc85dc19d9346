using System.Text;

namespace LeafletTool.Core.Authoring;

/// <summary>
/// Writes text values as YAML that reads back exactly: plain where that is safe, a folded block (<c>&gt;-</c>)
/// wrapped for reading when long, and double-quoted otherwise.
/// </summary>
public static class YamlText
{
    /// <summary>Lines of a folded block are wrapped to this width, counting the indentation.</summary>
    public const int Width = 88;

    private const string PlainStart = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>The value to write after <c>key: </c> or <c>- </c>; a folded block's lines are indented by
    /// <paramref name="indent"/> spaces.</summary>
    public static string Scalar(string value, int indent, int keyWidth = 0)
    {
        if (value.Length > 0 && value.Length + indent + keyWidth > Width && CanFold(value))
            return Folded(value, indent);
        return IsPlainSafe(value) ? value : Quoted(value);
    }

    public static bool IsPlainSafe(string value) =>
        value.Length > 0
        && !PlainStart.Contains(value[0], StringComparison.Ordinal)
        && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal)
        && !value.EndsWith(':')
        && value is not ("~" or "null" or "Null" or "NULL")
        && value.All(IsPrintable);

    private static bool CanFold(string value) =>
        !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
        && !value.Contains("  ", StringComparison.Ordinal)
        && value.All(c => c != ' ' ? IsPrintable(c) && !char.IsWhiteSpace(c) : true);

    private static bool IsPrintable(char c)
        => c >= ' ' && c != '\u007F' && !(c >= '\u0080' && c <= '\u009F') && c != '\uFEFF'
            && c is not ('\uFFFE' or '\uFFFF');

    private static string Folded(string value, int indent)
    {
        var pad = new string(' ', indent);
        var builder = new StringBuilder(">-");
        var line = new StringBuilder();
        foreach (var word in value.Split(' '))
        {
            if (line.Length > 0 && indent + line.Length + 1 + word.Length > Width)
            {
                builder.Append('\n').Append(pad).Append(line);
                line.Clear();
            }

            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }

        builder.Append('\n').Append(pad).Append(line);
        return builder.ToString();
    }

    public static string Quoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when !IsPrintable(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
