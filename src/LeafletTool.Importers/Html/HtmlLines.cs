using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Html;

/// <summary>One block made of the lines of a paragraph or of a cell's direct text.</summary>
internal readonly record struct HtmlLine(string Text, SourceListKind List);

/// <summary>
/// How line breaks (&lt;br&gt;) divide text into blocks. Two or more breaks in a row end a block, as old sites
/// write paragraphs. Within a block a single break is a space, unless its lines are really lines: two or more
/// "label: value" lines in a row ("Telephone: 01234 567890"), a line all in bold (a bold line standing alone), or
/// a line starting with a typed bullet ("•", "-", "*") or number ("1.", "2)"), which is a list item, its glyph
/// left out.
/// </summary>
internal static partial class HtmlLines
{
    public static IReadOnlyList<HtmlLine> Split(string raw)
    {
        var result = new List<HtmlLine>();
        foreach (var part in Paragraphs().Split(HtmlInline.Collapse(raw)))
        {
            var lines = part.Split('\n').Where(l => l.Length > 0).ToList();
            var joined = new List<string>();
            foreach (var line in lines)
            {
                if (StandsAlone(line))
                {
                    Emit(result, joined);
                    result.Add(Line(line));
                }
                else
                {
                    joined.Add(line);
                }
            }

            Emit(result, joined);
        }

        return result;
    }

    private static void Emit(List<HtmlLine> result, List<string> joined)
    {
        // Runs of two or more "label: value" lines stay lines; the lines between them join.
        var start = 0;
        for (var i = 0; i <= joined.Count; i++)
        {
            var run = i;
            while (run < joined.Count && LabelValue().IsMatch(joined[run])) run++;
            if (run - i < 2 && i < joined.Count) continue;
            if (i > start) result.Add(Line(string.Join(' ', joined[start..i])));
            result.AddRange(joined[i..run].Select(Line));
            start = i = run;
        }

        joined.Clear();
    }

    private static bool StandsAlone(string line)
        => TypedBullet().IsMatch(line) || TypedNumber().IsMatch(line)
            || (line.Length > 4 && line.StartsWith("**", StringComparison.Ordinal)
                && line.IndexOf("**", 2, StringComparison.Ordinal) == line.Length - 2);

    private static HtmlLine Line(string text)
    {
        var bullet = TypedBullet().Match(text);
        if (bullet.Success) return new HtmlLine(text[bullet.Length..], SourceListKind.Bullet);
        var number = TypedNumber().Match(text);
        if (number.Success) return new HtmlLine(text[number.Length..], SourceListKind.Numbered);
        return new HtmlLine(text, SourceListKind.None);
    }

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex Paragraphs();

    [GeneratedRegex(@"^(\*\*)?[^:*\[\]]{1,40}(\*\*)?:(\*\*)?\s*\S")]
    private static partial Regex LabelValue();

    [GeneratedRegex(@"^[•·▪◦‣○■●–\-*]\s+")]
    private static partial Regex TypedBullet();

    [GeneratedRegex(@"^\d{1,2}[.)]\s+(?=\D)")]
    private static partial Regex TypedNumber();
}
