using System.Globalization;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// CSV as SPEC.md: the header <c>resource_number,title,owner,published,review,status,days,file</c>, one row per
/// leaflet, RFC 4180 (CRLF line ends; a field with a comma, quote, line break or edge space is quoted, quotes doubled).
/// With a byte-order mark, Excel opens it as UTF-8 on a double-click.
/// </summary>
public sealed class CsvReportFormat(bool byteOrderMark = false) : IReportFormat
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
            WriteLine(writer,
            [
                row.ResourceNumber, row.Title, row.Owner, row.Published, row.Review, row.Status.ToName(),
                row.Days?.ToString(CultureInfo.InvariantCulture), row.File,
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

    public static string Quote(string field)
    {
        var needs = field.AsSpan().IndexOfAny(",\"\r\n") >= 0
            || (field.Length > 0 && (char.IsWhiteSpace(field[0]) || char.IsWhiteSpace(field[^1])));
        return needs ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
