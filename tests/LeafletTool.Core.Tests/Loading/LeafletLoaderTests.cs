using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using YamlDotNet.Core;

namespace LeafletTool.Core.Tests.Loading;

public class LeafletLoaderTests
{
    private static IReadOnlyList<Diagnostic> Problems(string yaml) => TestLeaflet.LoadResult(yaml).Diagnostics;

    private static Diagnostic Only(string yaml) => Assert.Single(Problems(yaml));

    [Fact]
    public void The_minimal_leaflet_loads_every_field()
    {
        var leaflet = TestLeaflet.Load(TestLeaflet.Minimal);
        Assert.Equal("test-leaflet", leaflet.Slug);
        Assert.Equal("Cryotherapy to treat chronic pain", leaflet.Title!.Value);
        Assert.Equal((4, 9), (leaflet.Review!.Start.Line, leaflet.Review.Start.Column));
        var paragraph = Assert.IsType<Paragraph>(Assert.Single(Assert.Single(leaflet.Sections).Body));
        Assert.Equal("It is considered safer than other procedures.", paragraph.Text.Value);
        Assert.Equal("020 7188 4714", Assert.Single(leaflet.Contacts).Phone!.Value);
    }

    [Theory]
    [InlineData("title: a: b\n", 1, 9)]
    [InlineData("title: \"unclosed\nowner: x\n", 1, 8)]
    [InlineData("title: x\n  owner: y\n", 2, 8)]
    [InlineData("sections:\n  - heading: a\n   body: b\n", 3, 4)]
    [InlineData("title: x\n\towner: y\n", 1, 8)]
    public void Bad_yaml_is_reported_where_the_parser_stopped(string yaml, int line, int column)
    {
        var d = Only(yaml);
        Assert.Equal("yaml-syntax", d.Rule);
        Assert.Equal((line, column), d.At());
        Assert.Equal(ParserStop(yaml), (d.Line, d.Column));
        Assert.StartsWith("This is not valid YAML: ", d.Message, StringComparison.Ordinal);
        Assert.Null(TestLeaflet.LoadResult(yaml).Leaflet);
    }

    [Fact]
    public void A_tab_in_the_indentation_says_so()
    {
        var d = Only("title: x\n\towner: y\n");
        Assert.EndsWith("Indent with spaces: YAML does not allow tabs there.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_that_trips_the_parser_itself_is_still_a_syntax_error()
    {
        // YamlDotNet throws InvalidOperationException (not a YamlException) for this; the finding points
        // at the "{" that was never closed.
        var d = Only("title: {\n4");
        Assert.Equal("yaml-syntax", d.Rule);
        Assert.Equal((1, 8), d.At());
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_key_suggests_the_real_one_and_is_not_also_reported_missing()
    {
        var d = Only(TestLeaflet.With("review:", "reveiw: 2026-06"));
        Assert.Equal(("unknown-field", 4, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal("review", d.Suggestion);
        Assert.Equal("\"reveiw\" is not a field of the leaflet. Did you mean \"review\"?", d.Message);
    }

    [Fact]
    public void An_unknown_key_with_no_near_miss_lists_the_fields()
    {
        var d = Only(TestLeaflet.With("owner:", "owner: Pain team\nauthor: Someone"));
        Assert.Equal(("unknown-field", 6, 1), (d.Rule, d.Line, d.Column));
        Assert.Null(d.Suggestion);
        Assert.StartsWith("\"author\" is not a field of the leaflet. The fields are: title, resource_number,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_inside_contacts_suggest_and_the_contact_is_not_also_missing_a_phone()
    {
        var d = Only(TestLeaflet.With("phone:", "phnoe: 020 7188 4714"));
        Assert.Equal(("unknown-field", 12, 5, "phone"), (d.Rule, d.Line, d.Column, d.Suggestion));
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("resource_number:")]
    [InlineData("published:")]
    [InlineData("review:")]
    [InlineData("owner:")]
    [InlineData("sections:")]
    [InlineData("contacts:")]
    public void Each_required_field_that_is_absent_is_reported_at_the_start_of_the_leaflet(string key)
    {
        var yaml = RemoveField(TestLeaflet.Minimal, key);
        var d = Only(yaml);
        Assert.Equal(("missing-field", 1, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal($"The leaflet has no \"{key[..^1]}\"; add a line \"{key[..^1]} ...\".".Replace(" ...", ": ...", StringComparison.Ordinal), d.Message);
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second()
    {
        var d = Only(TestLeaflet.With("owner:", "owner: A\ntitle: Again"));
        Assert.Equal(("yaml-syntax", 6, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal("The field \"title\" appears twice in the same place; keep one of them.", d.Message);
    }

    [Fact]
    public void A_second_document_is_reported_and_the_first_is_used()
    {
        var result = TestLeaflet.LoadResult(TestLeaflet.Minimal + "---\ntitle: Other\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("yaml-syntax", 13, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal("Cryotherapy to treat chronic pain", result.Leaflet!.Title!.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    public void An_empty_file_is_missing_everything(string yaml)
    {
        var d = Only(yaml);
        Assert.Equal(("missing-field", 1, 1), (d.Rule, d.Line, d.Column));
        Assert.StartsWith("The file is empty. A leaflet needs at least: title, resource_number,", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Just a sentence.\n", 1, 1, "text")]
    [InlineData("\n- a\n- b\n", 2, 1, "a list")]
    public void A_file_that_is_not_a_set_of_fields_is_an_invalid_value(string yaml, int line, int column, string kind)
    {
        var d = Only(yaml);
        Assert.Equal(("invalid-value", line, column), (d.Rule, d.Line, d.Column));
        Assert.EndsWith($"but this file holds {kind}.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_billion_laughs_file_stops_with_a_syntax_error()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var d = Only(yaml);
        Assert.Equal("yaml-syntax", d.Rule);
        Assert.Contains("expands to more than 100,000 values", d.Message, StringComparison.Ordinal);
        Assert.Equal(5, d.Line);
    }

    private static string RemoveField(string yaml, string key)
    {
        var lines = yaml.Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(key, StringComparison.Ordinal));
        var end = at + 1;
        while (end < lines.Count && lines[end].StartsWith(' ')) end++;
        lines.RemoveRange(at, end - at);
        return string.Join('\n', lines);
    }

    /// <summary>Where YamlDotNet itself stops on this text, independently of the reader under test.</summary>
    private static (int, int) ParserStop(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlException e)
        {
            return ((int)e.Start.Line, (int)e.Start.Column);
        }

        return (0, 0);
    }
}
