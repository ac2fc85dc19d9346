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

    /// <summary>No white space but single spaces between other characters, and no control character.</summary>
    private static bool IsNormal(string text)
    {
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
