using AngleSharp.Dom;

namespace LeafletTool.Importers.Html;

/// <summary>The rows and cells of a table (not those of tables inside it), and whether it lays out the page
/// rather than holding data: role="presentation", a single cell (a box), or a cell with a heading, a list, a table
/// or a long text.</summary>
internal static class HtmlTables
{
    public static IReadOnlyList<IElement> Rows(IElement table)
    {
        var rows = new List<IElement>();
        foreach (var child in table.Children)
        {
            if (child.TagName == "TR") rows.Add(child);
            else if (child.TagName is "THEAD" or "TBODY" or "TFOOT")
            {
                rows.AddRange(child.Children.Where(c => c.TagName == "TR"));
            }
        }

        return rows;
    }

    public static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.TagName is "TD" or "TH");

    public static bool IsLayout(IElement table, IReadOnlyList<IElement> rows)
    {
        var role = table.GetAttribute("role");
        if (role is "presentation" or "none") return true;
        if (rows.SelectMany(Cells).Count() == 1) return true;
        return rows.SelectMany(Cells).Any(cell =>
            cell.QuerySelector("table, h1, h2, h3, h4, h5, h6, ul, ol, main, article") is not null
            || cell.QuerySelectorAll("p").Length > 2
            || cell.TextContent.Length > 400);
    }
}
