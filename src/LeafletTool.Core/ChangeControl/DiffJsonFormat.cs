using System.Text.Json;
using LeafletTool.Core.Formats;

namespace LeafletTool.Core.ChangeControl;

/// <summary>
/// <c>{"leaflets":[{"file","old_file","status","metadata":[{"field","old","new"}],"sections":[{"name","state",
/// "lines":[{"kind","spans":[{"change","text"}]}]}]}],"summary":{"leaflets","changed","inserted_words",
/// "deleted_words"}}</c>; an unchanged section has no lines.
/// </summary>
public static class DiffJsonFormat
{
    public static void Write(IReadOnlyList<LeafletDiff> diffs, TextWriter writer)
    {
        using var stream = new MemoryStream();
        Write(diffs, stream);
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Write(IReadOnlyList<LeafletDiff> diffs, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteStartArray("leaflets");
        foreach (var diff in diffs)
        {
            json.WriteStartObject();
            json.WriteString("file", diff.NewName);
            json.WriteString("old_file", diff.OldName);
            json.WriteString("status", diff.IsNew ? "new" : diff.TextChanged ? "changed" : "unchanged");
            json.WriteStartArray("metadata");
            foreach (var m in diff.Metadata)
            {
                json.WriteStartObject();
                json.WriteString("field", m.Field);
                json.WriteString("old", m.Old);
                json.WriteString("new", m.New);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("sections");
            foreach (var section in diff.Sections) WriteSection(json, section);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var (inserted, deleted) = diffs.Aggregate((0, 0), (sum, d) =>
        {
            var (i, del) = d.WordCounts();
            return (sum.Item1 + i, sum.Item2 + del);
        });
        json.WriteStartObject("summary");
        json.WriteNumber("leaflets", diffs.Count);
        json.WriteNumber("changed", diffs.Count(d => d.TextChanged));
        json.WriteNumber("inserted_words", inserted);
        json.WriteNumber("deleted_words", deleted);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
    }

    private static void WriteSection(Utf8JsonWriter json, SectionDiff section)
    {
        json.WriteStartObject();
        json.WriteString("name", section.Name);
        json.WriteString("state", section.State.ToString().ToLowerInvariant());
        if (section.State != SectionState.Unchanged)
        {
            json.WriteStartArray("lines");
            foreach (var line in section.Lines)
            {
                json.WriteStartObject();
                json.WriteString("kind", line.Kind.ToString().ToLowerInvariant());
                json.WriteStartArray("spans");
                foreach (var span in line.Spans)
                {
                    json.WriteStartObject();
                    json.WriteString("change", span.Change.ToString().ToLowerInvariant());
                    json.WriteString("text", span.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
