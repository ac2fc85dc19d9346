using System.Text;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// GitHub-flavoured Markdown, for an issue: the summary, the table in SPEC.md's columns, each owner's leaflets,
/// and why invalid leaflets could not be judged. Text from the leaflets is escaped, so a title cannot add
/// markup, and an "@" in an owner's name cannot mention anyone.
/// </summary>
public sealed class MarkdownReportFormat : IReportFormat
{
    public string Name => "markdown";

    public void Write(ReviewReport report, TextWriter writer)
    {
        writer.WriteLine($"# Leaflet reviews: {ReportText.Month(report.AsOf)}");
        writer.WriteLine();
        writer.WriteLine(ReportText.Summary(report));
        if (report.Rows.Count == 0)
        {
            writer.WriteLine();
            writer.WriteLine("No leaflets match.");
            return;
        }

        writer.WriteLine();
        writer.WriteLine("| " + string.Join(" | ", ReportText.Headings) + " |");
        writer.WriteLine("|---|---|---|---|---|---|---:|---|");
        foreach (var r in report.Rows)
        {
            var status = r.Status is ReviewStatus.Overdue or ReviewStatus.Invalid
                ? $"**{r.Status.ToName()}**"
                : r.Status.ToName();
            writer.WriteLine("| " + string.Join(" | ",
                Escape(r.ResourceNumber), Escape(r.Title), Escape(r.Owner), Escape(r.Published), Escape(r.Review),
                status, ReportText.Days(r), Code(r.File)) + " |");
        }

        writer.WriteLine();
        writer.WriteLine("## By owner");
        foreach (var owner in report.ByOwner())
        {
            writer.WriteLine();
            var counts = ReviewReport.StatusOrder
                .Select(s => (Status: s, Count: Count(owner, s)))
                .Where(c => c.Count > 0)
                .Select(c => $"{c.Count} {ReportText.Label(c.Status).ToLowerInvariant()}");
            writer.WriteLine($"### {Escape(owner.Owner)}");
            writer.WriteLine();
            writer.WriteLine(string.Join(", ", counts) + ".");
            writer.WriteLine();
            var rows = report.Rows.Where(r =>
                string.Equals(r.Owner ?? ReviewReport.UnknownOwner, owner.Owner, StringComparison.OrdinalIgnoreCase));
            foreach (var r in rows)
            {
                var due = r.Due is { } d ? $", review by {ReportText.LongDate(d)}" : "";
                writer.WriteLine($"- {Escape(r.ResourceNumber ?? "(no resource number)")} " +
                    $"{Escape(r.Title ?? "(no title)")}: {ReportText.Label(r.Status).ToLowerInvariant()}{due} " +
                    $"({ReportText.DaysPhrase(r)}), {Code(r.File)}");
            }
        }

        var invalid = report.Rows.Where(r => r.Status == ReviewStatus.Invalid).ToList();
        if (invalid.Count == 0) return;
        writer.WriteLine();
        writer.WriteLine("## Leaflets whose review date cannot be read");
        writer.WriteLine();
        foreach (var r in invalid) writer.WriteLine($"- {Code(r.File)}: {Escape(r.Error?.Describe())}");
    }

    private static int Count(OwnerCounts owner, ReviewStatus status) => status switch
    {
        ReviewStatus.Overdue => owner.Overdue,
        ReviewStatus.DueSoon => owner.DueSoon,
        ReviewStatus.Current => owner.Current,
        _ => owner.Invalid,
    };

    /// <summary>Backslash-escapes every character Markdown, tables or mentions could read as markup.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_[]<>|~@&".Contains(c, StringComparison.Ordinal)) builder.Append('\\');
            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        // Control characters last, so the backslash of "\u001b" is not itself escaped.
        return TerminalText.Escape(builder.ToString());
    }

    /// <summary>A file path as inline code; backticks in a path fall back to escaped text.</summary>
    private static string Code(string path) => path.Contains('`', StringComparison.Ordinal)
        ? Escape(path)
        : $"`{TerminalText.Escape(path).Replace("|", "\\|", StringComparison.Ordinal)}`";
}
