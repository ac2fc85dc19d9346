using System.Text;
using System.Text.Json;
using LeafletTool.Core.Formats;

namespace LeafletTool.Core.Baseline;

/// <summary>
/// The baseline file: a version, a note for whoever opens it, and the findings, one a line so that a change shows in a
/// git diff as the lines of the findings that came or went.
/// </summary>
public static class BaselineJson
{
    /// <summary>The version of the layout this program writes and reads.</summary>
    public const int Version = 1;

    private const string About = "Known findings that 'leaflet validate --baseline' does not show. "
        + "Rewrite it with --update-baseline; do not edit by hand.";

    public static string Write(IEnumerable<BaselineEntry> entries)
    {
        var text = new StringBuilder();
        text.Append("{\n  \"version\": ").Append(Version).Append(",\n");
        text.Append("  \"about\": ").Append(Quote(About)).Append(",\n");
        text.Append("  \"findings\": [");
        var first = true;
        foreach (var e in entries.Order(BaselineEntry.Order))
        {
            text.Append(first ? "\n    " : ",\n    ");
            first = false;
            text.Append("{\"file\": ").Append(Quote(e.File))
                .Append(", \"rule\": ").Append(Quote(e.Rule))
                .Append(", \"text\": ").Append(Quote(e.Text))
                .Append(", \"message\": ").Append(Quote(e.Message))
                .Append(", \"occurrence\": ").Append(e.Occurrence).Append('}');
        }

        text.Append(first ? "]\n}\n" : "\n  ]\n}\n");
        return text.ToString();
    }

    /// <summary>The entries of a baseline file; a <see cref="FormatException"/> with one line saying what is wrong
    /// when the text is not one.</summary>
    public static IReadOnlyList<BaselineEntry> Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON at line {(e.LineNumber ?? 0) + 1}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("not a baseline: no JSON object");
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number))
            {
                throw new FormatException("not a baseline: no \"version\" number");
            }

            if (number != Version)
            {
                throw new FormatException($"baseline version {number} is not one this program reads ({Version})");
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not a baseline: no \"findings\" list");
            }

            var entries = new List<BaselineEntry>(findings.GetArrayLength());
            var index = 0;
            foreach (var item in findings.EnumerateArray())
            {
                index++;
                entries.Add(Entry(item) ?? throw new FormatException(
                    $"finding {index} needs \"file\", \"rule\", \"text\", \"message\" and an \"occurrence\" of 1 "
                    + "or more"));
            }

            return entries;
        }
    }

    private static BaselineEntry? Entry(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        var file = Text(item, "file");
        var rule = Text(item, "rule");
        var text = Text(item, "text");
        var message = Text(item, "message");
        if (file is null || rule is null || text is null || message is null) return null;
        if (!item.TryGetProperty("occurrence", out var occurrence) || occurrence.ValueKind != JsonValueKind.Number
            || !occurrence.TryGetInt32(out var n) || n < 1)
        {
            return null;
        }

        return new BaselineEntry(file, rule, text, message, n);
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Quote(string value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options with { Indented = false }))
        {
            json.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
