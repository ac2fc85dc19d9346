using LeafletTool.Core.Reporting;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>One output format of <c>leaflet report</c>. Each writes the whole report; none knows about the
/// others.</summary>
public interface IReportFormat
{
    /// <summary>The name given to <c>--format</c>.</summary>
    string Name { get; }

    void Write(ReviewReport report, TextWriter writer);
}

/// <summary>The report formats, chosen by name in one place.</summary>
public static class ReportFormats
{
    public static IReadOnlyList<string> Names { get; } = ["table", "csv", "json", "markdown", "html"];

    /// <summary>The format called <paramref name="name"/>; <paramref name="byteOrderMark"/> starts CSV with a UTF-8
    /// byte-order mark for Excel.</summary>
    /// <paramref name="raw"/> writes CSV cells exactly, without the apostrophe in front of a would-be formula.
    public static IReportFormat For(string name, bool byteOrderMark = false, bool raw = false) => name switch
    {
        "table" => new TableReportFormat(),
        "csv" => new CsvReportFormat(byteOrderMark, raw),
        "json" => new JsonReportFormat(),
        "markdown" => new MarkdownReportFormat(),
        "html" => new HtmlReportFormat(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown report format."),
    };
}
