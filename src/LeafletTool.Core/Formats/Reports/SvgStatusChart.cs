using System.Globalization;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// A small horizontal bar chart of the counts by status, drawn in inline SVG (no scripts). Each bar has its
/// label and count written beside it, and the chart has a title and a description, so it does not rely on colour.
/// </summary>
public static class SvgStatusChart
{
    private const int LabelWidth = 90;
    private const int BarSpace = 300;
    private const int RowHeight = 32;

    /// <summary>Bar colours with at least 3:1 contrast against white (WCAG 1.4.11).</summary>
    public static string Colour(ReviewStatus status) => status switch
    {
        ReviewStatus.Overdue => "#b3261e",
        ReviewStatus.DueSoon => "#8a5300",
        ReviewStatus.Current => "#007f3b",
        _ => "#4c6272",
    };

    public static void Write(ReviewReport report, TextWriter writer)
    {
        var statuses = ReviewReport.StatusOrder;
        var max = Math.Max(1, statuses.Max(report.Count));
        var height = statuses.Count * RowHeight;
        var width = LabelWidth + BarSpace + 50;
        var description = string.Join(" ", statuses.Select(s => $"{ReportText.Label(s)}: {report.Count(s)}."));
        writer.WriteLine("<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
            + $"width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" "
            + "xmlns=\"http://www.w3.org/2000/svg\">");
        writer.WriteLine("<title id=\"chart-title\">Leaflets by review status</title>");
        writer.WriteLine($"<desc id=\"chart-desc\">{HtmlText.Escape(description)}</desc>");
        for (var i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            var count = report.Count(status);
            var y = i * RowHeight;
            var bar = count == 0 ? 0 : Math.Max(2, (int)Math.Round(BarSpace * (double)count / max));
            var middle = (y + (RowHeight / 2) + 5).ToString(CultureInfo.InvariantCulture);
            writer.WriteLine($"<text x=\"0\" y=\"{middle}\">{ReportText.Label(status)}</text>");
            if (bar > 0)
            {
                writer.WriteLine($"<rect x=\"{LabelWidth}\" y=\"{y + 6}\" width=\"{bar}\" "
                    + $"height=\"{RowHeight - 12}\" fill=\"{Colour(status)}\"></rect>");
            }
            writer.WriteLine($"<text x=\"{LabelWidth + bar + 8}\" y=\"{middle}\">{count}</text>");
        }

        writer.WriteLine("</svg>");
    }
}
