using System.Text.Json;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Formats.Reports;

/// <summary>
/// One JSON object for other systems: <c>as_of</c>, <c>within</c> (null: each leaflet's <c>due_soon_days</c>),
/// <c>summary</c> (counts by status) and <c>leaflets</c>, each with SPEC.md's columns in snake case, the due date,
/// the first <c>error</c> (null unless invalid) and <c>readability</c> (null when not measured).
/// </summary>
public sealed class JsonReportFormat : IReportFormat
{
    public string Name => "json";

    public void Write(ReviewReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString(
                "as_of", report.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            if (report.Within is { } within) json.WriteNumber("within", within);
            else json.WriteNull("within");
            json.WriteStartObject("summary");
            json.WriteNumber("leaflets", report.Rows.Count);
            foreach (var status in ReviewReport.StatusOrder) json.WriteNumber(status.ToName(), report.Count(status));
            json.WriteEndObject();
            json.WriteStartArray("leaflets");
            foreach (var row in report.Rows) WriteRow(json, row);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteRow(Utf8JsonWriter json, ReportRow row)
    {
        json.WriteStartObject();
        json.WriteString("resource_number", row.ResourceNumber);
        json.WriteString("title", row.Title);
        json.WriteString("owner", row.Owner);
        json.WriteString("published", row.Published);
        json.WriteString("review", row.Review);
        json.WriteString("status", row.Status.ToName());
        if (row.Days is { } days) json.WriteNumber("days", days);
        else json.WriteNull("days");
        json.WriteString("file", row.File);
        json.WriteString("due", row.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (row.Error is { } error)
        {
            json.WriteStartObject("error");
            json.WriteString("rule", error.Rule);
            json.WriteNumber("line", error.Line);
            json.WriteNumber("column", error.Column);
            json.WriteString("message", error.Message);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("error");
        }

        if (row.Readability is { } r)
        {
            json.WriteStartObject("readability");
            json.WriteNumber("smog", Math.Round(r.Smog, 2));
            json.WriteNumber("flesch_kincaid_grade", Math.Round(r.FleschKincaidGrade, 2));
            json.WriteNumber("flesch_reading_ease", Math.Round(r.FleschReadingEase, 2));
            json.WriteNumber("words", r.Words);
            json.WriteNumber("sentences", r.Sentences);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("readability");
        }

        json.WriteEndObject();
    }
}
