using System.Text;
using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Word;

/// <summary>A stretch of a paragraph's printed text: bold or not, its font size in half-points (0 unknown), and the
/// address when it is a hyperlink's text.</summary>
internal readonly record struct Segment(string Text, bool Bold, int Size, string? Link = null);

/// <summary>
/// A paragraph's segments as leaflet markup: whitespace collapsed (tabs, breaks and no-break spaces are spaces),
/// adjacent bold runs merged into one <c>**strong**</c> (spaces between bold runs stay inside it, spaces at its ends
/// go outside), hyperlinks as <c>[text](address)</c>. A paragraph bold in every letter is reported as all bold and
/// written without the asterisks.
/// </summary>
internal static partial class WordMarkup
{
    private static readonly System.Buffers.SearchValues<char> Unprinted
        = System.Buffers.SearchValues.Create("\t\r\n\u00A0\u2007\u202F\u200B\u00AD\uFEFF");

    public static RenderedText Render(IReadOnlyList<Segment> raw)
    {
        var segments = raw.Select(s => s with { Text = Clean(s.Text) }).Where(s => s.Text.Length > 0).ToList();
        var letters = segments.Where(s => !string.IsNullOrWhiteSpace(s.Text)).ToList();
        if (letters.Count == 0) return new RenderedText("", false, 0);
        var allBold = letters.All(s => s.Bold && s.Link is null);
        var size = letters.GroupBy(s => s.Size).MaxBy(g => g.Sum(s => s.Text.Length))!.Key;
        var text = new StringBuilder();
        for (var i = 0; i < segments.Count;)
        {
            var s = segments[i];
            if (s.Link is not null)
            {
                var label = Collapse(s.Text);
                if (s.Text[0] == ' ') text.Append(' ');
                if (label.Length > 0) text.Append('[').Append(label).Append("](").Append(s.Link).Append(')');
                if (s.Text[^1] == ' ') text.Append(' ');
                i++;
                continue;
            }

            var bold = !allBold && IsBold(segments, i);
            var run = new StringBuilder();
            for (; i < segments.Count && segments[i].Link is null && (allBold || IsBold(segments, i) == bold); i++)
            {
                run.Append(segments[i].Text);
            }

            Append(text, run.ToString(), bold);
        }

        return new RenderedText(Collapse(text.ToString()), allBold, size);
    }

    /// <summary>Takes a typed bullet ("• ", "- ", "* ") or number ("1. ", "2) ", "a) ") off the start of the
    /// paragraph's segments and says which kind of list it marks (None: there was none).</summary>
    public static SourceListKind StripTypedMarker(List<Segment> segments)
    {
        var plain = string.Concat(segments.TakeWhile(s => s.Link is null)
            .Select(s => s.Text));
        var match = Marker().Match(Clean(plain));
        if (!match.Success || match.Length >= Clean(plain).Length) return SourceListKind.None;
        var kind = match.Groups["bullet"].Success ? SourceListKind.Bullet : SourceListKind.Numbered;
        var remove = match.Length;
        for (var i = 0; i < segments.Count && remove > 0; i++)
        {
            var text = Clean(segments[i].Text);
            var take = Math.Min(remove, text.Length);
            segments[i] = segments[i] with { Text = text[take..] };
            remove -= take;
        }

        return kind;
    }

    private static bool IsBold(List<Segment> segments, int i)
    {
        if (!string.IsNullOrWhiteSpace(segments[i].Text)) return segments[i].Bold;
        var before = i > 0 && segments[i - 1].Link is null && segments[i - 1].Bold;
        var after = i + 1 < segments.Count && segments[i + 1].Link is null && segments[i + 1].Bold;
        return before && after;
    }

    private static void Append(StringBuilder text, string run, bool bold)
    {
        var trimmed = run.Trim();
        if (!bold || trimmed.Length == 0)
        {
            text.Append(run);
            return;
        }

        if (run[0] == ' ') text.Append(' ');
        text.Append("**").Append(trimmed).Append("**");
        if (run[^1] == ' ') text.Append(' ');
    }

    /// <summary>Printed characters only: tabs, line breaks and no-break spaces as spaces; zero-width and soft hyphen
    /// characters dropped.</summary>
    public static string Clean(string text)
    {
        if (text.AsSpan().IndexOfAny(Unprinted) < 0) return text;
        return text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace('\u00A0', ' ')
            .Replace('\u2007', ' ').Replace('\u202F', ' ').Replace("\u200B", "", StringComparison.Ordinal)
            .Replace("\u00AD", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal);
    }

    public static string Collapse(string text) => Spaces().Replace(text, " ").Trim();

    [GeneratedRegex(@" +")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^ *(?:(?<bullet>[•●◦▪■‣⁃·➢✓–\-\*o§])|(?<number>\d{1,2}[.)]|[a-z]\)|\(\d{1,2}\)|\([a-z]\)))"
        + "(?: +|$)")]
    private static partial Regex Marker();
}

/// <summary>A paragraph's text in leaflet markup, whether every letter is bold, and its main font size in
/// half-points (0 unknown).</summary>
internal readonly record struct RenderedText(string Text, bool AllBold, int Size);
