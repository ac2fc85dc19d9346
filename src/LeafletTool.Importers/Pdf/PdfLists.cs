using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Pdf;

/// <summary>List markers at the start of a line: bullet glyphs ("•", "●", "▪", "◦", "-", "–", a private-use
/// or Wingdings/Symbol bullet) and numbers ("1.", "2)"); and list depth from where the markers stand.</summary>
internal static partial class PdfLists
{
    private const string Bullets = "•●▪◦-–○■□◆◇►▸‣∙·*\u2043\uf0b7\uf0a7\uf0d8\uf076\uf0fc";

    /// <summary>The kind of marker the line starts with, and the words after it (the first word without its glyph
    /// when the glyph and the word were printed together).</summary>
    public static (SourceListKind Kind, IReadOnlyList<PdfWord> Words) Marker(PdfLine line)
    {
        var first = line.Words[0];
        var rest = line.Words.Skip(1).ToList();
        if (rest.Count == 0) return (SourceListKind.None, line.Words);
        if (Number().IsMatch(first.Text)) return (SourceListKind.Numbered, rest);
        if (IsBulletWord(first))
        {
            return (SourceListKind.Bullet, rest);
        }

        // A round or square bullet printed against its word ("•Walk"); never a hyphen, which starts real words.
        if (first.Text.Length > 1 && "•●▪◦■\uf0b7".Contains(first.Text[0], StringComparison.Ordinal))
        {
            return (SourceListKind.Bullet, [first with { Text = first.Text[1..] }, .. rest]);
        }

        return (SourceListKind.None, line.Words);
    }

    /// <summary>A word that is a bullet glyph and nothing else.</summary>
    public static bool IsBulletWord(PdfWord word) => word.Text.Length == 1
        && (Bullets.Contains(word.Text[0], StringComparison.Ordinal) || IsSymbolFont(word.Font)
            || char.GetUnicodeCategory(word.Text[0]) == System.Globalization.UnicodeCategory.PrivateUse);

    /// <summary>Depth of each marker position: how many other marker positions (of any page) stand a little to its
    /// left, within a list indent's reach, so that a second column's lists are not counted as nested.</summary>
    public static Func<double, int> Depths(IEnumerable<double> markerLefts)
    {
        var stops = new List<double>();
        foreach (var left in markerLefts.Order())
        {
            if (stops.Count == 0 || left - stops[^1] > 3) stops.Add(left);
        }

        return left => stops.Count(stop => stop < left - 4 && stop >= left - 80);
    }

    private static bool IsSymbolFont(string font) =>
        font.Contains("wingding", StringComparison.OrdinalIgnoreCase)
        || font.Contains("symbol", StringComparison.OrdinalIgnoreCase)
        || font.Contains("webding", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(\d{1,2}|[a-z]|[ivx]{1,4})[.)]$")]
    private static partial Regex Number();
}
