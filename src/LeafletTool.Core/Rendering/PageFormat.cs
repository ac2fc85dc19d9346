using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Rendering;

/// <summary>
/// The formats a build can make, in the order they are made and named. The PDF is the <see cref="Print"/> page
/// printed by a browser: it has no template of its own.
/// </summary>
public enum PageFormat
{
    Html,
    Print,
    Text,
    Pdf,
}

/// <summary>
/// Each format's name (<c>--formats</c>, <c>page.format</c>), entry template, file name and how its inline text is
/// written.
/// </summary>
public static class PageFormats
{
    /// <summary>The index page's template.</summary>
    public const string IndexTemplate = "html/index.html";

    /// <summary>The index page's file name.</summary>
    public const string IndexFile = "index.html";

    /// <summary>The formats made when none are asked for.</summary>
    public const string Default = "html,print,text";

    /// <summary>The names of the formats, in their order.</summary>
    public static readonly string[] Names = ["html", "print", "text", "pdf"];

    /// <summary>The formats made from templates (the PDF is printed from the print page).</summary>
    public static IReadOnlyList<PageFormat> All { get; } = [PageFormat.Html, PageFormat.Print, PageFormat.Text];

    /// <summary>
    /// Reads a list such as <c>html,print,text,pdf</c> (or <c>all</c>) into a set in the fixed order (empty when it
    /// names none); null, with what is wrong, when a name is not a format.
    /// </summary>
    public static IReadOnlyList<PageFormat>? Parse(string text, out string? problem)
    {
        var chosen = new SortedSet<PageFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var known = Array.IndexOf(Names, name.ToLowerInvariant());
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase)) chosen.UnionWith(Enum.GetValues<PageFormat>());
            else if (known >= 0) chosen.Add((PageFormat)known);
            else
            {
                problem = $"'{name}' is not a format; use any of {string.Join(", ", Names)}, or all";
                return null;
            }
        }

        problem = null;
        return chosen.ToList();
    }

    /// <summary>The page made from a template for the format: the PDF's is the print page.</summary>
    public static PageFormat Page(this PageFormat format) => format == PageFormat.Pdf ? PageFormat.Print : format;

    public static string Template(this PageFormat format) => format.Page() switch
    {
        PageFormat.Html => "html/leaflet.html",
        PageFormat.Print => "print/leaflet.html",
        _ => "text/leaflet.txt",
    };

    public static InlineStyle Style(this PageFormat format) => format.Page() switch
    {
        PageFormat.Html => InlineStyle.Html,
        PageFormat.Print => InlineStyle.Print,
        _ => InlineStyle.Text,
    };

    /// <summary>
    /// The format's name: in <c>--formats</c>, and (for the page made from a template) <c>page.format</c>.
    /// </summary>
    public static string Name(this PageFormat format) => Names[(int)format];

    /// <summary>The file a leaflet's page of this format is written as (SPEC.md).</summary>
    public static string FileName(this PageFormat format, string slug) => format switch
    {
        PageFormat.Html => slug + ".html",
        PageFormat.Print => slug + ".print.html",
        PageFormat.Pdf => slug + ".pdf",
        _ => slug + ".txt",
    };
}
