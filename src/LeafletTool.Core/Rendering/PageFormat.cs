using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Rendering;

/// <summary>The pages made from templates. (The PDF is the <see cref="Print"/> page printed by a browser.)</summary>
public enum PageFormat
{
    Html,
    Print,
    Text,
}

/// <summary>Each format's entry template, how its inline text is written, and its name in templates (<c>page.format</c>).</summary>
public static class PageFormats
{
    /// <summary>The index page's template.</summary>
    public const string IndexTemplate = "html/index.html";

    public static IReadOnlyList<PageFormat> All { get; } = [PageFormat.Html, PageFormat.Print, PageFormat.Text];

    public static string Template(this PageFormat format) => format switch
    {
        PageFormat.Html => "html/leaflet.html",
        PageFormat.Print => "print/leaflet.html",
        _ => "text/leaflet.txt",
    };

    public static InlineStyle Style(this PageFormat format) => format switch
    {
        PageFormat.Html => InlineStyle.Html,
        PageFormat.Print => InlineStyle.Print,
        _ => InlineStyle.Text,
    };

    public static string Name(this PageFormat format) => format switch
    {
        PageFormat.Html => "html",
        PageFormat.Print => "print",
        _ => "text",
    };
}
