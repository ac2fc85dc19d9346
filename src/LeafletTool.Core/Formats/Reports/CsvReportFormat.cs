using System.Globalization;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// CSV as SPEC.md: the header <c>resource_number,title,owner,published,review,status,days,file</c>, one row per
/// leaflet, RFC 4180 (CRLF line ends; a field with a comma, quote, line break or edge space is quoted, quotes doubled).
/// With a byte-order mark, Excel opens it as UTF-8 on a double-click. A text cell that a spreadsheet would run as a
/// formula (one starting with =, +, -, @, a tab or a carriage return: a title "=HYPERLINK(...)") gets a leading
/// apostrophe, as OWASP advises against CSV injection; <paramref name="raw"/> keeps every cell exactly as it is.
/// </summary>
public sealed class CsvReportFormat(bool byteOrderMark = false, bool raw = false) : IReportFormat
{
    public static IReadOnlyList<string> Columns { get; } =
        ["resource_number", "title", "owner", "published", "review", "status", "days", "file"];

    public string Name => "csv";

    public void Write(ReviewReport report, TextWriter writer)
    {
        if (byteOrderMark) writer.Write('\uFEFF');
        WriteLine(writer, Columns);
        foreach (var row in report.Rows)
        {
            // Days is a number the tool writes (negative when overdue): never guarded, so it stays a number.
            WriteLine(writer,
            [
                Guard(row.ResourceNumber), Guard(row.Title), Guard(row.Owner), Guard(row.Published), Guard(row.Review),
                row.Status.ToName(), row.Days?.ToString(CultureInfo.InvariantCulture), Guard(row.File),
            ]);
        }
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Quote(fields[i] ?? ""));
        }

        writer.Write("\r\n");
    }

    /// <summary>A text cell made safe to open in a spreadsheet, unless the report is raw.</summary>
    private string? Guard(string? cell) => raw ? cell : SafeForSpreadsheets(cell);

    /// <summary>The cell with an apostrophe in front when a spreadsheet would evaluate it as a formula.</summary>
    public static string? SafeForSpreadsheets(string? cell) =>
        cell is { Length: > 0 } && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    public static string Quote(string field)
    {
        var needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
