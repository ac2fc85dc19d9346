using AngleSharp.Dom;

namespace LeafletTool.Importers.Html;

/// <summary>
/// Where the page's own content is. A container the page marks as its content (main, role="main", article, an id
/// or class such as content, main or entry-content), the one with the most text when several match, as long as it
/// holds some; else the element with the most paragraph text, links counting for nothing (a simple text-density
/// score: each paragraph's text counts fully for its parent and half for the parent's parent; the parent of the best
/// when a sibling of it holds a fifth as much).
/// </summary>
internal static class HtmlMainContent
{
    private const int EnoughText = 80;

    private static readonly HashSet<string> Paragraphs = ["P", "PRE", "LI", "DD", "H1", "H2", "H3", "H4", "H5", "H6"];

    private static readonly string[] Marked =
    [
        "main", "[role=main]", "article",
        "#content, #main, #main-content, #maincontent, #page-content, #primary, #content-area, #contentArea",
        ".content, .main-content, .page-content, .entry-content, .post-content, .article-content, .article-body, "
        + ".body-content, .region-content",
    ];

    public static IElement Find(IDocument document, IElement body)
    {
        foreach (var selector in Marked)
        {
            var best = document.QuerySelectorAll(selector).Where(Visible)
                .Select(e => (Element: e, Text: Text(e))).OrderByDescending(c => c.Text).FirstOrDefault();
            if (best.Element is not null && best.Text >= EnoughText) return best.Element;
        }

        return Densest(body);
    }

    /// <summary>The elements that follow the content, up to the end of the page: where a reference number or a
    /// review date may stand just below the leaflet on sites with no footer inside the content.</summary>
    public static IEnumerable<IElement> Following(IElement content, IElement body)
    {
        for (var element = content; element is not null && element != body; element = element.ParentElement)
        {
            for (var next = element.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                yield return next;
            }
        }
    }

    private static IElement Densest(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in body.Descendants<IElement>().Where(e => !InChrome(e, body)))
        {
            // Text inside a link counts for nothing; text inside a paragraph, item or heading counts once, for it.
            if (element.Closest("a") is not null) continue;
            if (element.ParentElement?.Closest("p, li, dd, pre, h1, h2, h3, h4, h5, h6") is not null) continue;
            var paragraph = Paragraphs.Contains(element.TagName);
            var own = paragraph
                ? Text(element) : element.ChildNodes.OfType<IText>().Sum(t => t.Data.Trim().Length)
                    + element.Children.Where(c => c.TagName is "B" or "STRONG" or "I" or "EM" or "SPAN" or "FONT")
                        .Sum(Text);
            if (own == 0) continue;
            var holder = paragraph ? element.ParentElement : element;
            if (holder is null) continue;
            scores[holder] = scores.GetValueOrDefault(holder) + own;
            if (holder.ParentElement is { } grand && holder != body)
            {
                scores[grand] = scores.GetValueOrDefault(grand) + own / 2.0;
            }
        }

        if (scores.Count == 0) return body;
        var (best, score) = scores.MaxBy(s => s.Value);

        // Content split over sibling blocks (an introduction, then the rest): take their parent when a sibling of
        // the best holds a fifth as much text (or 30 letters); never the whole body.
        while (best.ParentElement is { } parent && parent != body
            && parent.Children.Any(c => c != best && scores.GetValueOrDefault(c) >= Math.Min(score / 5, 30)))
        {
            best = parent;
        }

        return best;
    }

    /// <summary>An element's text not counting links, chrome and hidden parts.</summary>
    private static int Text(IElement element)
    {
        var total = 0;
        foreach (var text in element.Descendants<IText>())
        {
            if (text.ParentElement is { } parent && (parent.Closest("a") is not null || InChrome(parent, element)))
            {
                continue;
            }

            total += text.Data.Trim().Length;
        }

        return total;
    }

    private static bool Visible(IElement element) => !InChrome(element, null);

    /// <summary>Whether the element or one of its ancestors (below stop) is chrome, hidden or never text.</summary>
    private static bool InChrome(IElement element, IElement? stop)
    {
        for (var e = element; e is not null && e != stop; e = e.ParentElement)
        {
            if (HtmlSignals.NeverHoldsText(e) || HtmlSignals.IsHidden(e) || HtmlSignals.IsChrome(e)
                || HtmlSignals.IsSiteHeaderOrFooter(e))
            {
                return true;
            }
        }

        return false;
    }
}
