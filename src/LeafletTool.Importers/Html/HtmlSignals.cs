using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace LeafletTool.Importers.Html;

/// <summary>What the tags, attributes, classes and inline styles of an element say about it: never shown, site
/// chrome (navigation, cookie banners, breadcrumbs, share and feedback widgets), a box, a block or inline element.
/// </summary>
internal static partial class HtmlSignals
{
    private static readonly HashSet<string> NeverText =
    [
        "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "EMBED", "CANVAS", "BUTTON", "INPUT",
        "SELECT", "TEXTAREA", "FORM", "HEAD", "META", "LINK", "MAP", "AUDIO", "VIDEO", "DIALOG",
    ];

    private static readonly HashSet<string> ChromeWords =
    [
        "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "skip", "skiplink", "share", "sharing",
        "sharethis", "addthis", "social", "print", "feedback", "helpful", "sidebar", "navbar", "nav", "navigation",
        "menu", "megamenu", "pagination", "pager", "search", "searchbar", "masthead", "toolbar", "rating",
    ];

    private static readonly HashSet<string> ChromeRoles = ["navigation", "banner", "contentinfo", "search", "dialog"];

    private static readonly HashSet<string> BoxWords =
    [
        "note", "callout", "warning", "alert", "info", "panel", "box", "inset", "notice", "highlight", "important",
    ];

    private static readonly HashSet<string> Blocks =
    [
        "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CENTER", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET",
        "FIGCAPTION", "FIGURE", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV",
        "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TD", "TFOOT", "TH", "THEAD", "TR", "UL", "CAPTION",
        "HGROUP",
    ];

    private static readonly HashSet<string> Sectioning = ["ARTICLE", "MAIN", "SECTION", "ASIDE", "NAV"];

    /// <summary>Elements that never carry page text: scripts, styles, forms and their buttons, media.</summary>
    public static bool NeverHoldsText(IElement element) => NeverText.Contains(element.TagName.ToUpperInvariant());

    public static bool IsBlock(IElement element) => Blocks.Contains(element.TagName.ToUpperInvariant());

    /// <summary>An element the reader of the page never sees: the hidden attribute, aria-hidden="true", an inline
    /// style display:none or visibility:hidden, or a class for screen readers only ("visually-hidden", "sr-only").
    /// </summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style") ?? "";
        if (HiddenStyle().IsMatch(style)) return true;
        var classes = element.GetAttribute("class") ?? "";
        return classes.Contains("visually-hidden", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("visuallyhidden", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("sr-only", StringComparison.OrdinalIgnoreCase)
            || classes.Contains("screen-reader-text", StringComparison.OrdinalIgnoreCase)
            || Words(classes).Any(w => w is "hidden" or "hide" or "invisible" or "offscreen");
    }

    /// <summary>Site chrome wherever it stands: navigation, banners, cookie and consent notices, breadcrumbs, skip
    /// links, share, print and "was this page helpful" widgets, search, sidebars and menus, and links that run a
    /// script (print this page).</summary>
    public static bool IsChrome(IElement element)
    {
        var tag = element.TagName.ToUpperInvariant();
        if (tag == "NAV") return true;
        var role = (element.GetAttribute("role") ?? "").ToLowerInvariant();
        if (ChromeRoles.Contains(role)) return true;
        var label = element.GetAttribute("aria-label") ?? "";
        if (Words(label).Any(w => w is "cookie" or "cookies" or "consent" or "gdpr" or "breadcrumb" or "breadcrumbs"
            or "share" or "navigation" or "menu" or "feedback"))
        {
            return true;
        }

        if (Words(element.GetAttribute("id") ?? "").Concat(Words(element.GetAttribute("class") ?? ""))
            .Any(ChromeWords.Contains))
        {
            return true;
        }

        return tag == "A" && (SkipLink().IsMatch(element.TextContent)
            || (element.GetAttribute("href") ?? "").TrimStart()
                .StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A header or footer of the whole site: a header or footer element with no article, main, section
    /// or aside around it, or an element whose id or class says site-header or site-footer.</summary>
    public static bool IsSiteHeaderOrFooter(IElement element)
    {
        var tag = element.TagName.ToUpperInvariant();
        var names = ((element.GetAttribute("id") ?? "") + " " + (element.GetAttribute("class") ?? ""))
            .ToLowerInvariant();
        if (SiteBand().IsMatch(names)) return true;
        if (tag is not ("HEADER" or "FOOTER")) return false;
        if (tag == "HEADER" && !LooksLikeSiteHeader(element)) return false;
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (Sectioning.Contains(parent.TagName.ToUpperInvariant())) return false;
            if (string.Equals(parent.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase)) return false;
        }

        return true;
    }

    /// <summary>A header with navigation, a search form, a logo or mostly links; a header of only a title, its
    /// author and date (as pandoc writes one) is the document's own.</summary>
    private static bool LooksLikeSiteHeader(IElement header)
    {
        if (header.QuerySelector("nav, form, img, svg, [role=navigation], [role=search]") is not null) return true;
        var links = header.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return links * 2 > header.TextContent.Trim().Length;
    }

    /// <summary>A footer inside the content (a footer element, or an id or class naming a footer or small print):
    /// its lines are kept as the document's footer, which may hold the reference number and dates.</summary>
    public static bool IsContentFooter(IElement element)
        => element.TagName.Equals("FOOTER", StringComparison.OrdinalIgnoreCase)
            || Words((element.GetAttribute("id") ?? "") + " " + (element.GetAttribute("class") ?? ""))
                .Any(w => w is "footer" or "smallprint" or "colophon");

    /// <summary>A box around text: blockquote, aside, a class or role naming a note, callout, warning, alert,
    /// info or panel, an inline style with a background or border, or an old-style bgcolor.</summary>
    public static bool IsBoxed(IElement element)
    {
        var tag = element.TagName.ToUpperInvariant();
        if (tag is "BLOCKQUOTE" or "ASIDE") return true;
        if (element.HasAttribute("bgcolor")) return true;
        if (tag is "TABLE" && int.TryParse(element.GetAttribute("border"), out var border) && border > 0) return false;
        var names = (element.GetAttribute("class") ?? "") + " " + (element.GetAttribute("role") ?? "");
        if (Words(names).Any(BoxWords.Contains)) return true;
        var style = element.GetAttribute("style") ?? "";
        return BoxStyle().IsMatch(style) && !NoBoxStyle().IsMatch(style);
    }

    /// <summary>The lower-case words of an attribute: "nhsuk-warning-callout" is nhsuk, warning, callout.</summary>
    public static IEnumerable<string> Words(string value)
        => NonLetters().Split(value.ToLowerInvariant()).Where(w => w.Length > 0);

    [GeneratedRegex(@"(display\s*:\s*none|visibility\s*:\s*hidden)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(background|border)[a-z-]*\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex BoxStyle();

    [GeneratedRegex(@"^\s*(border[a-z-]*\s*:\s*(0|none)[^;]*;?\s*)+$", RegexOptions.IgnoreCase)]
    private static partial Regex NoBoxStyle();

    [GeneratedRegex(@"^\s*skip\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkipLink();

    [GeneratedRegex(@"\b(site|global|page|main)[-_]?(header|footer)\b")]
    private static partial Regex SiteBand();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonLetters();
}
