using System.Text.Json;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Schema;
using NJsonSchema;

namespace LeafletTool.Core.Tests.Schema;

public class LeafletSchemaTests
{
    private static readonly JsonDocument Parsed = JsonDocument.Parse(LeafletSchema.Json);

    private static JsonElement Root => Parsed.RootElement;

    private static JsonElement Def(string name) => Root.GetProperty("$defs").GetProperty(name);

    private static string[] PropertyNames(JsonElement objectSchema) =>
        objectSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();

    /// <summary>
    /// NJsonSchema (the validator that restores here) implements draft 7 and does not resolve references into
    /// 2020-12's <c>$defs</c> from inside other definitions, so the test hands it the same schema with <c>$defs</c>
    /// named <c>definitions</c>. Every other keyword the schema uses means the same in both drafts (siblings of
    /// <c>$ref</c> are only descriptions and examples), so the verdicts are those of a 2020-12 validator.
    /// </summary>
    private static readonly Lazy<JsonSchema> Validator = new(() =>
        JsonSchema.FromJsonAsync(LeafletSchema.Json.Replace("$defs", "definitions", StringComparison.Ordinal))
            .GetAwaiter().GetResult());

    private static List<string> Errors(string yaml)
        => Validator.Value.Validate(YamlToJson.Convert(yaml)).Select(e => $"{e.Kind} {e.Path}").ToList();

    [Fact]
    public void It_is_draft_2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Root.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Its_fields_are_exactly_the_fields_of_the_format()
    {
        Assert.Equal(LeafletFields.TopLevel, PropertyNames(Root));
        Assert.Equal(LeafletFields.Required, Root.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(LeafletFields.Section, PropertyNames(Def("section")));
        Assert.Equal(LeafletFields.Contact, PropertyNames(Def("contact")));
        var blockKinds = Def("block").GetProperty("oneOf").EnumerateArray().Skip(1).SelectMany(PropertyNames);
        Assert.Equal(LeafletFields.Block, blockKinds);
    }

    [Fact]
    public void Every_field_has_a_description_and_an_example()
    {
        var objects = new[] { Root, Def("section"), Def("contact") }
            .Concat(Def("block").GetProperty("oneOf").EnumerateArray().Skip(1));
        var fields = objects.SelectMany(o => o.GetProperty("properties").EnumerateObject()).ToList();
        Assert.Equal(LeafletFields.TopLevel.Length + LeafletFields.Section.Length + LeafletFields.Contact.Length
            + LeafletFields.Block.Length, fields.Count);
        foreach (var field in fields)
        {
            Assert.False(string.IsNullOrWhiteSpace(field.Value.GetProperty("description").GetString()), field.Name);
            Assert.NotEqual(0, field.Value.GetProperty("examples").GetArrayLength());
        }
    }

    [Fact]
    public void The_copy_in_the_leaflets_folder_is_the_generated_schema()
    {
        // Regenerate with: leaflet schema --out leaflets/leaflet.schema.json
        var committed = File.ReadAllText(Repository.Path("leaflets", LeafletSchema.FileName))
            .Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(LeafletSchema.Json, committed);
    }

    public static TheoryData<string> RepoLeaflets()
    {
        var data = new TheoryData<string>();
        foreach (var file
            in Directory.GetFiles(Repository.Path("tests", "Seed", "leaflets"), "*.yaml")
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(System.IO.Path.GetRelativePath(Repository.Root(), file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepoLeaflets))]
    public void Every_leaflet_in_the_repository_is_valid_against_the_schema(string file)
    {
        var yaml = File.ReadAllText(Repository.Path(file.Split('/')));
        Assert.StartsWith(LeafletSchema.ModelineForSameFolder + "\n", yaml, StringComparison.Ordinal);
        Assert.Empty(Errors(yaml));
    }

    [Fact]
    public void Every_example_in_the_schema_is_valid_against_its_field()
    {
        var examples = new Dictionary<string, JsonElement>();
        foreach (var field in Root.GetProperty("properties").EnumerateObject())
        {
            examples[field.Name] = field.Value.GetProperty("examples")[0];
        }

        var leaflet = JsonSerializer.Serialize(examples);
        Assert.Empty(Validator.Value.Validate(leaflet));
    }

    private const string Valid = """
        title: T
        resource_number: 5373/VER1
        published: 2023-06
        review: 2026-06-30
        owner: O
        sections:
          - heading: H
            body:
              - A paragraph.
              - bullets: [one, two]
              - steps: [first]
              - note: Careful.
        contacts:
          - name: N
            email: n@example.nhs.uk
        """;

    [Fact]
    public void A_complete_leaflet_is_valid() => Assert.Empty(Errors(Valid));

    [Theory]
    [InlineData("review: 2026-06-30", "reveiw: 2026-06-30")]
    [InlineData("published: 2023-06", "published: June 2023")]
    [InlineData("published: 2023-06", "published: 2023-13")]
    [InlineData("- note: Careful.", "- note: Careful.\n        bullets: [x]")]
    [InlineData("    email: n@example.nhs.uk", "    hours: 9am to 5pm")]
    [InlineData("- heading: H", "- heading: ' '")]
    [InlineData("title: T\n", "")]
    public void Common_mistakes_are_marked(string from, string to)
    {
        var yaml = Valid.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Valid, yaml);
        Assert.NotEmpty(Errors(yaml));
    }
}
