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
        // Built in place, a character at a time (each lower-cased as the whole heading would be): no lower-case copy
        // of the heading and no builder for each of the three pages' sections.
        Span<char> slug = stackalloc char[MaxLength];
        var length = 0;
        foreach (var original in text)
        {
            var c = char.ToLowerInvariant(original);
            if (char.IsAsciiLetterOrDigit(c)) slug[length++] = c;
            else if (length > 0 && slug[length - 1] != '-') slug[length++] = '-';
            if (length >= MaxLength) break;
        }

        return new string(slug[..length].Trim('-'));
    }

    private const int MaxLength = 60;
}
