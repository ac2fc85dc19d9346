using System.Text.Json.Nodes;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Schema;

/// <summary>Turns a YAML leaflet into JSON the way the tool reads it (every scalar is text), for schema
/// validators.</summary>
public static class YamlToJson
{
    public static string Convert(string yaml)
    {
        var read = YamlDocumentReader.Read(SourceDocument.FromText("leaflet.yaml", yaml));
        Assert.Empty(read.Diagnostics);
        return ToNode(read.Root!)?.ToJsonString() ?? "null";
    }

    private static JsonNode? ToNode(YamlNode node) => node switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar => JsonValue.Create(scalar.Value),
        YamlSequence sequence => new JsonArray(sequence.Items.Select(ToNode).ToArray()),
        YamlMapping mapping
            => new JsonObject(mapping.Entries.Select(e => KeyValuePair.Create(e.Key.Value, ToNode(e.Value)))),
        _ => throw new InvalidOperationException(node.GetType().Name),
    };
}
