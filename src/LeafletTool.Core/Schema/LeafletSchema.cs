using System.Text;
using System.Text.Json;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Loading;

namespace LeafletTool.Core.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of source format v1, for editors such as VS Code's YAML extension, generated
/// from the field names of <see cref="LeafletFields"/> and the descriptions of <see cref="FieldDocs"/>. It checks the
/// shape (fields, required fields, kinds of value, date form); the tool's rules check the rest.
/// </summary>
public static class LeafletSchema
{
    public const string FileName = "leaflet.schema.json";

    /// <summary>The first line of a leaflet that tells the YAML extension where the schema is.</summary>
    public const string ModelineForSameFolder = "# yaml-language-server: $schema=" + FileName;

    public const string DatePattern = @"^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$";

    /// <summary>The schema as indented JSON text with a final newline.</summary>
    public static string Json { get; } = Generate();

    private static string Generate()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("title", "Patient-information leaflet (LeafletTool source format v1)");
            json.WriteString("description",
                "One leaflet per file, leaflets/<slug>.yaml. Run \"leaflet validate\" for the full checks: spelling, "
                + "dates, phone numbers, readability.");
            WriteObject(json, LeafletFields.TopLevel, LeafletFields.Required, FieldDocs.TopLevel);
            json.WriteStartObject("$defs");
            WriteDefinitions(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteDefinitions(Utf8JsonWriter json)
    {
        json.WriteStartObject("text");
        json.WriteString("type", "string");
        json.WriteString("pattern", @"\S");
        json.WriteEndObject();

        json.WriteStartObject("date");
        json.WriteString("type", "string");
        json.WriteString("pattern", DatePattern);
        json.WriteEndObject();

        json.WriteStartObject("section");
        WriteObject(json, LeafletFields.Section, LeafletFields.Section, FieldDocs.Section);
        json.WriteEndObject();

        json.WriteStartObject("block");
        json.WriteStartArray("oneOf");
        json.WriteStartObject();
        json.WriteString("$ref", "#/$defs/text");
        json.WriteString("description", "A paragraph of text.");
        json.WriteEndObject();
        foreach (var kind in LeafletFields.Block)
        {
            json.WriteStartObject();
            WriteObject(json, [kind], [kind], FieldDocs.Block);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteStartObject("contact");
        WriteObject(json, LeafletFields.Contact, ["name"], FieldDocs.Contact);
        json.WriteStartArray("anyOf");
        foreach (var either in new[] { "phone", "email" })
        {
            json.WriteStartObject();
            json.WriteStartArray("required");
            json.WriteStringValue(either);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes <c>type</c>, <c>required</c>, <c>additionalProperties</c> and <c>properties</c> of an
    /// object.</summary>
    private static void WriteObject(Utf8JsonWriter json, IReadOnlyList<string> fields, IReadOnlyList<string> required,
        IReadOnlyDictionary<string, FieldDoc> docs)
    {
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var name in required) json.WriteStringValue(name);
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var name in fields)
        {
            var doc = docs.TryGetValue(name, out var d) ? d
                : throw new InvalidOperationException($"The field \"{name}\" has no description in FieldDocs.");
            json.WriteStartObject(name);
            WriteKind(json, doc.Kind);
            json.WriteString("description", doc.Description);
            json.WriteStartArray("examples");
            foreach (var example in doc.Examples) WriteValue(json, example);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteKind(Utf8JsonWriter json, FieldKind kind)
    {
        switch (kind)
        {
            case FieldKind.Text:
                json.WriteString("$ref", "#/$defs/text");
                break;
            case FieldKind.Date:
                json.WriteString("$ref", "#/$defs/date");
                break;
            default:
                var item = kind switch
                {
                    FieldKind.Sections => "#/$defs/section",
                    FieldKind.Contacts => "#/$defs/contact",
                    FieldKind.Body => "#/$defs/block",
                    _ => "#/$defs/text",
                };
                json.WriteString("type", "array");
                json.WriteNumber("minItems", 1);
                json.WriteStartObject("items");
                json.WriteString("$ref", item);
                json.WriteEndObject();
                break;
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object value)
    {
        switch (value)
        {
            case string text:
                json.WriteStringValue(text);
                break;
            case IReadOnlyDictionary<string, object> map:
                json.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, item);
                }

                json.WriteEndObject();
                break;
            case ExampleList list:
                WriteValue(json, list.Items.ToArray());
                break;
            case object[] list:
                json.WriteStartArray();
                foreach (var item in list) WriteValue(json, item);
                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"An example of type {value.GetType().Name} cannot be written.");
        }
    }
}
