using System.Text.Json;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary>One JSON object: <c>{"diagnostics":[…],"summary":{"files":…,"errors":…,"warnings":…,"infos":…}}</c>, as
/// SPEC.md.</summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    public void Write(DiagnosticReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in report.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("file", d.File);
                json.WriteNumber("line", d.Line);
                json.WriteNumber("column", d.Column);
                json.WriteString("rule", d.Rule);
                json.WriteString("severity", d.Severity.ToName());
                json.WriteString("message", d.Message);
                if (d.Suggestion is not null) json.WriteString("suggestion", d.Suggestion);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", report.Files);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteNumber("infos", report.Infos);
            if (report.Baselined is { } baselined) json.WriteNumber("baselined", baselined);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
