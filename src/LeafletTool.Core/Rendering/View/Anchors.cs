using System.Text;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Gives each section heading an <c>id</c> to link to: lower-case letters and digits joined by hyphens
/// ("Risks of cryotherapy" → <c>risks-of-cryotherapy</c>), <c>section-N</c> when the heading has no Latin letters,
/// and <c>-2</c>, <c>-3</c>… when two headings would share one.
/// </summary>
public sealed class Anchors
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    public string For(string heading, int sectionNumber)
    {
        var anchor = Slugify(heading);
        if (anchor.Length == 0) anchor = $"section-{sectionNumber}";
        var candidate = anchor;
        for (var n = 2; !used.Add(candidate); n++) candidate = $"{anchor}-{n}";
        return candidate;
    }

    private static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= 60) break;
        }

        return builder.ToString().Trim('-');
    }
}
