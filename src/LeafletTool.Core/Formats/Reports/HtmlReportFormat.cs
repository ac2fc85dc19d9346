using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// A standalone HTML page to circulate: no scripts and no external files. The summary, a bar chart and table of
/// the counts by status, the counts by owner, every leaflet in SPEC.md's columns, and why invalid leaflets could
/// not be judged. Built for WCAG 2.2 AA: a language, headings, captions, header cells, text contrast of 4.5:1.
/// </summary>
public sealed class HtmlReportFormat : IReportFormat
{
    private const string Style = """
        body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 1rem; line-height: 1.5; color: #212b32; background: #ffffff; margin: 0; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
        h1 { font-size: 2rem; margin: 1rem 0 0.5rem; }
        h2 { font-size: 1.5rem; margin: 2rem 0 0.5rem; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
        th, td { text-align: left; vertical-align: top; padding: 0.4rem 0.75rem 0.4rem 0; border-bottom: 1px solid #768692; }
        td.number, th.number { text-align: right; }
        td.date, td.number, td[class^="status-"] { white-space: nowrap; }
        .scroll { overflow-x: auto; }
        .scroll:focus { outline: 3px solid #ffb81c; }
        .chart text { font-family: inherit; font-size: 16px; fill: #212b32; }
        .status-overdue { color: #b3261e; font-weight: bold; }
        .status-due-soon { color: #8a5300; font-weight: bold; }
        .status-current { color: #007f3b; }
        .status-invalid { color: #4c6272; font-weight: bold; }
        code { font-family: "Courier New", monospace; overflow-wrap: anywhere; }
        .chart { max-width: 100%; height: auto; }
        @media (max-width: 40em) {
          main { padding: 0.5rem 0.75rem 2rem; }
          h1 { font-size: 1.625rem; }
          table.stack, .stack thead, .stack tbody, .stack tr, .stack th, .stack td { display: block; width: 100%; }
          .stack thead tr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
          .stack tr { border-bottom: 2px solid #212b32; padding: 0.5rem 0; }
          .stack th, .stack td { border: 0; padding: 0.1rem 0; text-align: left; white-space: normal; }
          .stack td.number, .stack th.number { text-align: left; }
          .stack td::before { content: attr(data-label) ": "; font-weight: bold; color: #212b32; }
        }
        """;

    public string Name => "html";

    public void Write(ReviewReport report, TextWriter writer)
    {
        var title = $"Leaflet reviews: {ReportText.Month(report.AsOf)}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en-GB\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{HtmlText.Escape(title)}</title>");
        writer.WriteLine($"<style>\n{Style}\n</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<main>");
        writer.WriteLine($"<h1>{HtmlText.Escape(title)}</h1>");
        writer.WriteLine($"<p>{HtmlText.Escape(ReportText.Summary(report))}</p>");
        WriteStatusCounts(report, writer);
        WriteOwnerCounts(report, writer);
        WriteRows(report, writer);
        WriteInvalid(report, writer);
        writer.WriteLine("</main>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static void WriteStatusCounts(ReviewReport report, TextWriter writer)
    {
        writer.WriteLine("<h2>By status</h2>");
        SvgStatusChart.Write(report, writer);
        writer.WriteLine("<table>");
        writer.WriteLine("<caption>Leaflets by review status</caption>");
        writer.WriteLine(
            "<thead><tr><th scope=\"col\">Status</th><th scope=\"col\" class=\"number\">Leaflets</th></tr></thead>");
        writer.WriteLine("<tbody>");
        foreach (var status in ReviewReport.StatusOrder)
        {
            writer.WriteLine($"<tr><th scope=\"row\">{ReportText.Label(status)}</th>"
                + $"<td class=\"number\">{report.Count(status)}</td></tr>");
        }

        writer.WriteLine("</tbody>");
        writer.WriteLine("</table>");
    }

    private static void WriteOwnerCounts(ReviewReport report, TextWriter writer)
    {
        writer.WriteLine("<h2>By owner</h2>");
        if (report.Rows.Count == 0)
        {
            writer.WriteLine("<p>No leaflets match.</p>");
            return;
        }

        writer.WriteLine("<div class=\"scroll\" role=\"region\" aria-label=\"Leaflets by owner\" tabindex=\"0\">");
        writer.WriteLine("<table class=\"stack\">");
        writer.WriteLine("<caption>Leaflets by owner, the most overdue first</caption>");
        writer.Write("<thead><tr><th scope=\"col\">Owner</th>");
        foreach (var status in ReviewReport.StatusOrder)
        {
            writer.Write($"<th scope=\"col\" class=\"number\">{ReportText.Label(status)}</th>");
        }

        writer.WriteLine("<th scope=\"col\" class=\"number\">Total</th></tr></thead>");
        writer.WriteLine("<tbody>");
        foreach (var o in report.ByOwner())
        {
            writer.WriteLine($"<tr><th scope=\"row\">{HtmlText.Escape(o.Owner)}</th>" +
                $"{Number("Overdue", o.Overdue)}{Number("Due soon", o.DueSoon)}{Number("Current", o.Current)}" +
                $"{Number("Invalid", o.Invalid)}{Number("Total", o.Total)}</tr>");
        }

        writer.WriteLine("</tbody>");
        writer.WriteLine("</table>");
        writer.WriteLine("</div>");
    }

    private static void WriteRows(ReviewReport report, TextWriter writer)
    {
        writer.WriteLine("<h2>Leaflets</h2>");
        if (report.Rows.Count == 0)
        {
            writer.WriteLine("<p>No leaflets match.</p>");
            return;
        }

        writer.WriteLine(
            "<div class=\"scroll\" role=\"region\" aria-label=\"Leaflets by review date\" tabindex=\"0\">");
        writer.WriteLine("<table class=\"stack\">");
        writer.WriteLine("<caption>Leaflets by review date, the oldest first; days are until the review is due, "
            + "negative when overdue</caption>");
        writer.Write("<thead><tr>");
        foreach (var heading in ReportText.Headings)
        {
            writer.Write(heading == "Days"
                ? "<th scope=\"col\" class=\"number\">Days</th>"
                : $"<th scope=\"col\">{heading}</th>");
        }

        writer.WriteLine("</tr></thead>");
        writer.WriteLine("<tbody>");
        foreach (var r in report.Rows)
        {
            writer.WriteLine($"<tr><th scope=\"row\">{HtmlText.Escape(r.ResourceNumber)}</th>" +
                $"<td data-label=\"Title\">{HtmlText.Escape(r.Title)}</td>" +
                $"<td data-label=\"Owner\">{HtmlText.Escape(r.Owner)}</td>" +
                $"<td class=\"date\" data-label=\"Published\">{HtmlText.Escape(ReportText.InWords(r.Published))}</td>" +
                $"<td class=\"date\" data-label=\"Review\">{HtmlText.Escape(ReportText.InWords(r.Review))}</td>" +
                $"<td class=\"status-{r.Status.ToName()}\" data-label=\"Status\">{ReportText.Label(r.Status)}</td>" +
                $"<td class=\"number\" data-label=\"Days\">" +
                $"{ReportText.Days(r).Replace("-", "\u2212", StringComparison.Ordinal)}</td>" +
                $"<td data-label=\"File\"><code>{HtmlText.Escape(r.File)}</code></td></tr>");
        }

        writer.WriteLine("</tbody>");
        writer.WriteLine("</table>");
        writer.WriteLine("</div>");
    }

    private static string Number(string label, int count) =>
        $"<td class=\"number\" data-label=\"{label}\">{count}</td>";

    private static void WriteInvalid(ReviewReport report, TextWriter writer)
    {
        var invalid = report.Rows.Where(r => r.Status == ReviewStatus.Invalid).ToList();
        if (invalid.Count == 0) return;
        writer.WriteLine("<h2>Leaflets whose review date cannot be read</h2>");
        writer.WriteLine("<ul>");
        foreach (var r in invalid)
        {
            writer.WriteLine(
                $"<li><code>{HtmlText.Escape(r.File)}</code>: {HtmlText.Escape(r.Error?.Describe())}</li>");
        }
        writer.WriteLine("</ul>");
    }
}
