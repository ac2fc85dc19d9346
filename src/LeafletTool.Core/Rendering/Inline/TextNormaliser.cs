using System.Buffers;
using System.Text;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>
/// Prepares source text for output: every run of white space (line breaks of <c>|</c> blocks included) becomes
/// one space, the ends are trimmed, and control characters, which no output can show, are dropped.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        // Most text (folded YAML scalars) is already normal: then it is its own result, and nothing is copied.
        if (IsNormal(text)) return text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (char.IsControl(c)) continue;
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    // Printable ASCII, the space included: text made only of these is normal unless a space is doubled or at an end.
    private static readonly SearchValues<char> PrintableAscii = SearchValues.Create(Enumerable.Range(0x20, 0x7F - 0x20)
        .Select(c => (char)c).ToArray());

    /// <summary>No white space but single spaces between other characters, and no control character.</summary>
    private static bool IsNormal(string text)
    {
        // Most text is printable ASCII: three vector searches instead of a test per character (IsNormal was 3-4% of
        // the render phase's samples; this makes it about a fifth of that).
        var span = text.AsSpan();
        if (span.IndexOfAnyExcept(PrintableAscii) < 0)
        {
            return span.Length == 0
                || (span[0] != ' ' && span[^1] != ' ' && !span.Contains("  ", StringComparison.Ordinal));
        }

        var previousSpace = true;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (previousSpace) return false;
                previousSpace = true;
            }
            else if (c < '\u0021' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c))))
            {
                return false;
            }
            else
            {
                previousSpace = false;
            }
        }

        return !previousSpace || text.Length == 0;
    }
}
