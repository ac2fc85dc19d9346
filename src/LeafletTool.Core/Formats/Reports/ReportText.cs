using System.Globalization;
using LeafletTool.Core.Dates;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>The words the human-readable formats share, so a table, a page and an issue say the same thing.</summary>
public static class ReportText
{
    /// <summary>The columns of SPEC.md, as headings for people.</summary>
    public static IReadOnlyList<string> Headings { get; } =
        ["Resource number", "Title", "Owner", "Published", "Review", "Status", "Days", "File"];

    public static string Label(ReviewStatus status) => status switch
    {
        ReviewStatus.Overdue => "Overdue",
        ReviewStatus.DueSoon => "Due soon",
        ReviewStatus.Current => "Current",
        _ => "Invalid",
    };

    /// <summary>"23 November 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"November 2026".</summary>
    public static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A date as the source wrote it (<c>2026-06</c>) in words, "June 2026" (or "15 June 2026"); text that is
    /// not a date stays as it is.</summary>
    public static string? InWords(string? date) =>
        date is not null && LeafletDate.TryParse(date, out var parsed) ? parsed.Display : date;

    /// <summary>"146 days overdue", "due today", "due in 1 day", or for an invalid row "review date not
    /// known".</summary>
    public static string DaysPhrase(ReportRow row) => row.Days switch
    {
        null => "review date not known",
        < 0 and var d => $"{Plural(-d, "day")} overdue",
        0 => "due today",
        var d => $"due in {Plural(d.Value, "day")}",
    };

    /// <summary>"As of 23 November 2026: 4 leaflets, 1 overdue, 1 due soon, 1 current, 1 invalid."</summary>
    public static string Summary(ReviewReport report)
    {
        var counts = ReviewReport.StatusOrder.Select(s => $"{report.Count(s)} {Label(s).ToLowerInvariant()}");
        var window = report.Within is { } w ? $" (due soon: within {Plural(w, "day")})" : "";
        return $"As of {LongDate(report.AsOf)}{window}: {Plural(report.Rows.Count, "leaflet")}, "
            + $"{string.Join(", ", counts)}.";
    }

    public static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    public static string Days(ReportRow row) => row.Days?.ToString(CultureInfo.InvariantCulture) ?? "";
}
