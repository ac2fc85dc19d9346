using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Yaml;

/// <summary>Random edits of a leaflet (fixed seed): every value the reader returns must map back to the source
/// exactly.</summary>
public class ScalarPositionMapFuzzTests
{
    private const string Seed = """
        title: "Cryo\"therapy\" \u00e9 to\
          treat"
        summary: >-
          Cryotherapy is the application
          of cold.

            Indented line.
          Back again.
        sections:
          - heading: 'It''s a heading
              on two lines'
            body:
              - plain text that
                runs on
              - |
                literal one
                  literal two
              - bullets: [flow one, "flow two", 'flow three']
        contacts:
          - {name: Pain team, phone: 020 7188 4714}
        """;

    private static readonly string[] Pieces = [" ", "\n", "\r\n", "  ", "'", "\"", "\\", "\\n", "''", "#", ": ", "- ",
        ">", "|", "x", "\t", "\n\n", "é", "|2", ">-"];

    [Fact]
    public void Every_scalar_of_randomly_edited_yaml_maps_exactly()
    {
        var random = new Random(20261123);
        var checkedScalars = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomEdits.Apply(Seed, random, Pieces);

            var source = SourceDocument.FromText("f.yaml", text);
            var result = YamlDocumentReader.Read(source);
            foreach (var scalar in Scalars(result.Root))
            {
                var map = ScalarPositionMap.Create(source, LocatedText.From(scalar));
                Assert.True(map.IsExact, $"not exact: {scalar.Style} [{scalar.Value}] at {scalar.Start} in:\n{text}");
                checkedScalars++;
            }
        }

        Assert.True(checkedScalars > 10_000);
    }

    private static IEnumerable<YamlScalar> Scalars(YamlNode? node) => node switch
    {
        YamlScalar s => [s],
        YamlSequence q => q.Items.SelectMany(Scalars),
        YamlMapping m => m.Entries.SelectMany(e => Scalars(e.Key).Concat(Scalars(e.Value))),
        _ => [],
    };
}
