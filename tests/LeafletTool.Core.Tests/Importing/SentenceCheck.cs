using System.Text.RegularExpressions;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Tests.Importing;

/// <summary>Checks that every sentence of a plain-text leaflet appears in the leaflet made from it.</summary>
public static partial class SentenceCheck
{
    /// <summary>
    /// The sentences of <paramref name="original"/> that appear nowhere in the leaflet's text (title, summary,
    /// headings, paragraphs, list items, notes, contact names, purposes and hours, out of hours). Lines in
    /// <paramref name="convertedLines"/> became fields rather than text (the resource number and date lines, the
    /// "Contact us" heading, the phone line) and are checked by the caller instead.
    /// </summary>
    public static List<string> Missing(string original, Leaflet leaflet, params string[] convertedLines)
    {
        var texts = leaflet.Prose().Select(p => p.Text.Value)
            .Concat(leaflet.Contacts.Select(c => c.Name?.Value ?? ""))
            .Select(Normalise);
        var all = string.Join("\n", texts);
        return Items(original, convertedLines)
            .SelectMany(l => SentenceEnd().Split(l))
            .Select(s => Normalise(s.Trim().TrimEnd(':')))
            .Where(s => s.Length > 0 && !all.Contains(s, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>Paragraphs (wrapped lines joined) and list items, in order, without the converted lines.</summary>
    private static IEnumerable<string> Items(string original, string[] convertedLines)
    {
        var current = "";
        foreach (var raw in original.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Append(""))
        {
            var isItem = Bullet().IsMatch(raw);
            var line = Bullet().Replace(raw, "").Trim();
            if (line.Length == 0 || isItem || convertedLines.Contains(line))
            {
                if (current.Length > 0) yield return current;
                current = "";
            }

            if (line.Length > 0 && !convertedLines.Contains(line))
                current = current.Length == 0 ? line : current + " " + line;
            if (isItem && current.Length > 0)
            {
                yield return current;
                current = "";
            }
        }
    }

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    [GeneratedRegex(@"^\s*(?:[•\-\*]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
