using System.Buffers;
using System.Text;
using System.Text.Json;
using LeafletTool.Core.Importing;

namespace LeafletTool.Cli.Importing;

/// <summary>The batch as JSON, as SPEC.md gives it: <c>{"imported":[{"source","file","title","resource_number",
/// "published","review","sections","contacts","missing":[…],"unplaced":[{"line","text"}…]}…],
/// "failed":[{"source","message"}…]}</c>, with the reference formats seen and a <c>resource_number_pattern</c>
/// that matches them.</summary>
public static class ImportJson
{
    public static string Write(IReadOnlyList<ImportOutcome> outcomes)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartArray("imported");
            foreach (var outcome in outcomes.Where(o => o.Result is not null))
            {
                var draft = outcome.Result!.Draft;
                json.WriteStartObject();
                json.WriteString("source", outcome.Source);
                json.WriteString("file", outcome.File);
                json.WriteString("title", draft.Title);
                json.WriteString("resource_number", draft.ResourceNumber);
                json.WriteString("published", draft.Published);
                json.WriteString("review", draft.Review);
                json.WriteNumber("sections", draft.Sections.Count);
                json.WriteNumber("contacts", draft.Contacts.Count(c => c.Phone is not null || c.Email is not null));
                json.WriteStartArray("missing");
                foreach (var field in outcome.Result.Missing) json.WriteStringValue(field);
                json.WriteEndArray();
                json.WriteStartArray("unplaced");
                foreach (var text in outcome.Result.Unplaced)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", text.Place.Line);
                    if (text.Place.Page > 0) json.WriteNumber("page", text.Place.Page);
                    json.WriteString("text", text.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("failed");
            foreach (var outcome in outcomes.Where(o => o.Result is null))
            {
                json.WriteStartObject();
                json.WriteString("source", outcome.Source);
                json.WriteString("message", outcome.Failure);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            var references = References(outcomes);
            json.WriteStartArray("reference_formats");
            foreach (var format in ReferencePatterns.Formats(references)) json.WriteStringValue(format);
            json.WriteEndArray();
            json.WriteString("resource_number_pattern", ReferencePatterns.Pattern(references));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    public static List<string> References(IEnumerable<ImportOutcome> outcomes) => outcomes
        .Select(o => o.Result?.Draft.ResourceNumber).OfType<string>().ToList();
}
