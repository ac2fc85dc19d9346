using System.Buffers;
using System.Text;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>HTML escaping of text and attribute values: the five special characters, nothing else (output is UTF-8).
/// Null is empty text.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        Append(builder, text.AsSpan(), first);
        return builder.ToString();
    }

    /// <summary>Appends <paramref name="text"/> escaped, without a string for it.</summary>
    public static void Append(StringBuilder builder, ReadOnlySpan<char> text)
        => Append(builder, text, text.IndexOfAny(Special));

    private static void Append(StringBuilder builder, ReadOnlySpan<char> text, int next)
    {
        while (next >= 0)
        {
            builder.Append(text[..next]).Append(text[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(next + 1)..];
            next = text.IndexOfAny(Special);
        }

        builder.Append(text);
    }
}
