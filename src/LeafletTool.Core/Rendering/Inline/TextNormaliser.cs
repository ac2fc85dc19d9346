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
}
