using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace LeafletTool.Importers.Html;

/// <summary>
/// The text of inline content in leaflet markup: bold as <c>**strong**</c>, links as <c>[text](address)</c>
/// (resolved against the page's base address when it has one; mailto: and tel: as written), a line break as
/// "\n", images reported with their alternative text. Hidden elements and site chrome give no text.
/// </summary>
internal sealed partial class HtmlInline(Uri? baseAddress, Action<string> image)
{
    public string Render(INode node)
    {
        var text = new StringBuilder();
        AppendChildren(node, text, bold: false);
        return text.ToString();
    }

    public void Append(INode node, StringBuilder text) => AppendNode(node, text, bold: false);

    /// <summary>Whitespace collapsed inside each line; lines ("\n") kept, trimmed; runs of bold that touch merge.
    /// </summary>
    public static string Collapse(string raw)
    {
        var lines = raw.Replace("\u200B", "", StringComparison.Ordinal).Replace("\u00AD", "", StringComparison.Ordinal)
            .Split('\n').Select(line => Spaces().Replace(line, " ").Trim());
        return string.Join('\n', lines).Replace("****", "", StringComparison.Ordinal);
    }

    /// <summary>One line: line breaks become spaces.</summary>
    public static string OneLine(string raw) => Collapse(raw.Replace('\n', ' '));

    private void AppendChildren(INode node, StringBuilder text, bool bold)
    {
        foreach (var child in node.ChildNodes) AppendNode(child, text, bold);
    }

    private void AppendNode(INode node, StringBuilder text, bool bold)
    {
        if (node is IText t)
        {
            // A line break in the source is a space; only <br> (and the lines of a <pre>) break lines.
            var keepLines = t.ParentElement?.Closest("pre") is not null;
            text.Append(keepLines
                ? t.Data.Replace("\r", "", StringComparison.Ordinal)
                : SourceBreaks().Replace(t.Data, " "));
            return;
        }

        if (node is not IElement element) return;
        if (HtmlSignals.NeverHoldsText(element) || HtmlSignals.IsHidden(element) || HtmlSignals.IsChrome(element))
        {
            return;
        }

        switch (element.TagName.ToUpperInvariant())
        {
            case "BR":
                text.Append('\n');
                return;
            case "IMG":
                var alt = OneLine(element.GetAttribute("alt") ?? "");
                image(alt.Length > 0 ? $"an image: \"{alt}\"" : "an image with no alternative text");
                return;
            case "STRONG" or "B" when !bold:
                var inner = new StringBuilder();
                AppendChildren(element, inner, bold: true);
                var lines = inner.ToString().Split('\n').Select(line => Around(line, words => $"**{words}**"));
                text.Append(string.Join('\n', lines));
                return;
            case "A" when Address(element) is { } address:
                var label = new StringBuilder();
                AppendChildren(element, label, bold);
                text.Append(Around(label.ToString(), words => $"[{words}]({address})"));
                return;
        }

        var block = HtmlSignals.IsBlock(element);
        if (block) text.Append(' ');
        AppendChildren(element, text, bold);
        if (block) text.Append(' ');
    }

    /// <summary>Markup around the words of one line, its outer spaces kept outside the markup.</summary>
    private static string Around(string segment, Func<string, string> markup)
    {
        var trimmed = OneLine(segment);
        if (trimmed.Length == 0) return segment;
        var lead = char.IsWhiteSpace(segment[0]) || segment[0] == '\u00A0' ? " " : "";
        var trail = char.IsWhiteSpace(segment[^1]) || segment[^1] == '\u00A0' ? " " : "";
        return lead + markup(trimmed) + trail;
    }

    /// <summary>The address a link goes to, or null for a link within the page or to a script.</summary>
    private string? Address(IElement link)
    {
        var href = (link.GetAttribute("href") ?? "").Trim();
        if (href.Length == 0 || href.StartsWith('#')) return null;
        if (href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)) return null;
        if (Scheme().IsMatch(href)) return href.Replace(" ", "%20", StringComparison.Ordinal);
        if (baseAddress is not null && Uri.TryCreate(baseAddress, href, out var resolved)) return resolved.AbsoluteUri;
        return href.Replace(" ", "%20", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"[\r\n]+")]
    private static partial Regex SourceBreaks();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();
}
