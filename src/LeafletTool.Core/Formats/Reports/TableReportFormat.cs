using System.Text;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// A plain-text table for reading in a terminal: the summary, then one line per leaflet in SPEC.md's columns,
/// long titles and owners shortened with "…", then why each invalid leaflet could not be judged.
/// </summary>
public sealed class TableReportFormat : IReportFormat
{
    public const int MaxTitle = 40;
    public const int MaxOwner = 28;

    public string Name => "table";

    public void Write(ReviewReport report, TextWriter writer)
    {
        writer.WriteLine(ReportText.Summary(report));
        if (report.Rows.Count == 0)
        {
            writer.WriteLine("No leaflets match.");
            return;
        }

        writer.WriteLine();
        // Values and file names may hold control characters: escaped, so they reach the terminal as text.
        var cells = report.Rows.Select(r => new[]
        {
            r.ResourceNumber ?? "", Shorten(r.Title ?? "", MaxTitle), Shorten(r.Owner ?? "", MaxOwner),
            r.Published ?? "",
            r.Review ?? "", r.Status.ToName(), ReportText.Days(r), r.File,
        }.Select(TerminalText.Escape).ToArray()).ToList();
        var widths = ReportText.Headings.Select((h, i) => Math.Max(h.Length, cells.Max(c => c[i].Length))).ToArray();
        WriteLine(writer, ReportText.Headings.ToArray(), widths);
        WriteLine(writer, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in cells) WriteLine(writer, row, widths);

        var invalid = report.Rows.Where(r => r.Status == ReviewStatus.Invalid).ToList();
        if (invalid.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine("Leaflets whose review date cannot be read:");
        foreach (var row in invalid)
        {
            writer.WriteLine($"  {TerminalText.Escape(row.File)}: {TerminalText.Escape(row.Error?.Describe())}");
        }
    }

    private static void WriteLine(TextWriter writer, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append("  ");
            // Days are numbers: right-aligned so the signs and digits line up.
            line.Append(i == 6 ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
