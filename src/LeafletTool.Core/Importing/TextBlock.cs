using System.Text.RegularExpressions;

namespace LeafletTool.Core.Importing;

/// <summary>What a run of lines in a plain-text leaflet is.</summary>
public enum TextBlockKind
{
    /// <summary>Lines of text joined into one paragraph (or, alone and short, a heading).</summary>
    Text,

    /// <summary>Lines starting with a bullet ("•", "-", "*").</summary>
    Bullets,

    /// <summary>Lines starting with a number ("1.", "2)").</summary>
    Steps,
}

/// <summary>A paragraph or a list from a plain-text leaflet, with the 1-based line it starts on.</summary>
public sealed record TextBlock(TextBlockKind Kind, IReadOnlyList<string> Items, int Line, bool SingleLine)
{
    /// <summary>The paragraph's text (the first item of a text block).</summary>
    public string Text => Items[0];
}

/// <summary>
/// Splits plain text into blocks: blank lines separate paragraphs; inside a paragraph, bullet and numbered lines
/// start list items, indented lines continue the item above, and other lines are joined with spaces.
/// </summary>
public static partial class TextBlockReader
{
    public static IReadOnlyList<TextBlock> Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n');
        var blocks = new List<TextBlock>();
        var paragraph = new List<(string Text, int Line)>();
        for (var i = 0; i <= lines.Length; i++)
        {
            var line = i < lines.Length ? lines[i] : "";
            if (line.Trim().Length == 0)
            {
                if (paragraph.Count > 0) blocks.AddRange(Split(paragraph));
                paragraph.Clear();
                continue;
            }

            paragraph.Add((line, i + 1));
        }

        return blocks;
    }

    private static IEnumerable<TextBlock> Split(List<(string Text, int Line)> lines)
    {
        TextBlockKind? kind = null;
        var items = new List<string>();
        var start = 0;
        var count = 0;
        var width = lines.Max(l => l.Text.Trim().Length);
        var previous = "";
        foreach (var (raw, number) in lines)
        {
            var (lineKind, content) = Classify(raw);
            var isList = kind is TextBlockKind.Bullets or TextBlockKind.Steps;
            var continues = lineKind == TextBlockKind.Text && isList
                && (char.IsWhiteSpace(raw[0]) || char.IsLower(content.TrimStart()[0]));
            if (continues)
            {
                items[^1] = Clean(items[^1] + " " + content);
                count++;
                previous = raw.Trim();
                continue;
            }

            var breaks = kind == TextBlockKind.Text && lineKind == TextBlockKind.Text
                && ParagraphEnds(previous, content.Trim(), width);
            if (kind != lineKind || breaks)
            {
                if (kind is { } k) yield return new TextBlock(k, Join(k, items), start, count == 1);
                kind = lineKind;
                items = [];
                start = number;
                count = 0;
            }

            items.Add(Clean(content));
            count++;
            previous = raw.Trim();
        }

        if (kind is { } last) yield return new TextBlock(last, Join(last, items), start, count == 1);
    }

    /// <summary>
    /// Whether a paragraph ends between two lines with no blank line between them. Text wrapped at a width runs on;
    /// a paragraph ends at a line well short of the width that ends a sentence or stands alone (a heading), before a
    /// heading-like line, and, in text with one paragraph a line (lines longer than any wrap), at every line.
    /// </summary>
    private static bool ParagraphEnds(string previous, string next, int width)
    {
        if (previous.Length == 0 || next.Length == 0) return false;
        var ended = previous[^1] is '.' or '?' or '!' or ':';
        var bare = char.IsLetterOrDigit(previous[^1]) || previous[^1] is ')' or '\'' or '’' or '"' or '”';
        var nextStarts = char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '(' or '"' or '“';
        if (width > 120) return ended || (bare && nextStarts) || !char.IsLower(next[0]);
        var shortLine = previous.Length < width * 0.75;
        if (shortLine && (ended || (bare && nextStarts))) return true;
        var nextLooksLikeHeading = next.Length < width * 0.6 && nextStarts
            && (char.IsLetterOrDigit(next[^1]) || next[^1] == '?');
        return ended && nextLooksLikeHeading;
    }

    private static List<string> Join(TextBlockKind kind, List<string> items) =>
        kind == TextBlockKind.Text ? [Clean(string.Join(' ', items))] : items;

    private static (TextBlockKind Kind, string Content) Classify(string line)
    {
        var bullet = Bullet().Match(line);
        if (bullet.Success) return (TextBlockKind.Bullets, line[bullet.Length..]);
        var step = Step().Match(line);
        return step.Success ? (TextBlockKind.Steps, line[step.Length..]) : (TextBlockKind.Text, line);
    }

    /// <summary>Collapses runs of spaces and tabs, and removes control characters, so the text reads as it
    /// did.</summary>
    public static string Clean(string text) => Spaces().Replace(Controls().Replace(text, " "), " ").Trim();

    [GeneratedRegex(@"^\s*[•●▪◦‣∙·\-\*–]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*\d{1,2}[.)]\s+")]
    private static partial Regex Step();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]")]
    private static partial Regex Controls();
}
