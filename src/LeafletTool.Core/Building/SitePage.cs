using LeafletTool.Core.Rendering;

namespace LeafletTool.Core.Building;

/// <summary>
/// One page of a site, as a build hands it to an <see cref="IPageSink"/>: its file name (no folders), its format and
/// its bytes. A <see cref="PageFormat.Pdf"/> page holds the clear-print page as UTF-8 HTML, for a browser to print;
/// <see cref="Published"/> is then the date the PDF says it was made. The index is an html page with no
/// <see cref="Slug"/>.
/// </summary>
public readonly ref struct SitePage
{
    public SitePage(string name, PageFormat format, ReadOnlySpan<byte> bytes, string? slug, int place,
        DateOnly? published)
    {
        Name = name;
        Format = format;
        Bytes = bytes;
        Slug = slug;
        Place = place;
        Published = published;
    }

    /// <summary>The file name, such as <c>cryotherapy.print.html</c> or <c>index.html</c>.</summary>
    public string Name { get; }

    public PageFormat Format { get; }

    public ReadOnlySpan<byte> Bytes { get; }

    /// <summary>The leaflet's slug; null for the index.</summary>
    public string? Slug { get; }

    /// <summary>
    /// The leaflet's place among the files asked about (the order PDFs are printed in); -1 for the index.
    /// </summary>
    public int Place { get; }

    /// <summary>The first day of the month the leaflet was published, when it says.</summary>
    public DateOnly? Published { get; }
}
