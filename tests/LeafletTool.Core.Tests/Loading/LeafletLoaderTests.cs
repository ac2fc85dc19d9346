using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using YamlDotNet.Core;

namespace LeafletTool.Core.Tests.Loading;

public class LeafletLoaderTests
{
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

    [Fact]
    public void A_misspelt_key_suggests_the_real_one_and_is_not_also_reported_missing()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("review:", "reveiw: 2026-06"));
        Assert.Equal(("unknown-field", 4, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal("review", d.Suggestion);
        Assert.Equal("\"reveiw\" is not a field of the leaflet. Did you mean \"review\"?", d.Message);
    }

    [Fact]
    public void An_unknown_key_with_no_near_miss_lists_the_fields()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("owner:", "owner: Pain team\nauthor: Someone"));
        Assert.Equal(("unknown-field", 6, 1), (d.Rule, d.Line, d.Column));
        Assert.Null(d.Suggestion);
        Assert.StartsWith("\"author\" is not a field of the leaflet. The fields are: title, resource_number,",
            d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_inside_contacts_suggest_and_the_contact_is_not_also_missing_a_phone()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("phone:", "phnoe: 020 7188 4714"));
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
        var d = TestLeaflet.OnlyProblem(yaml);
        Assert.Equal(("missing-field", 1, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal(
            $"The leaflet has no \"{key[..^1]}\"; add a line \"{key[..^1]} ...\".".Replace(" ...", ": ...",
            StringComparison.Ordinal), d.Message);
    }

    [Theory]
    [InlineData("title:", "title:", 1)]
    [InlineData("title:", "title: ''", 1)]
    [InlineData("owner:", "owner: ~", 5)]
    [InlineData("review:", "review: \"  \"", 4)]
    public void A_required_field_that_is_empty_is_reported_at_its_key(string key, string line, int lineNumber)
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With(key, line));
        Assert.Equal(("missing-field", lineNumber, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal($"\"{key[..^1]}\" is empty; the leaflet needs one.", d.Message);
    }

    [Fact]
    public void Empty_lists_of_sections_and_contacts_are_missing()
    {
        var yaml = "title: T\nresource_number: 5373/VER1\npublished: 2023-06\nreview: 2026-06\nowner: O\nsections: "
            + "[]\ncontacts:\n";
        var found = TestLeaflet.Problems(yaml);
        Assert.Equal([("missing-field", 6, 1), ("missing-field", 7, 1)], found.Select(d => (d.Rule, d.Line, d.Column)));
        Assert.Equal("\"sections\" is empty; the leaflet needs at least one section.", found[0].Message);
    }

    [Fact]
    public void A_section_without_heading_or_body_and_a_contact_without_a_name_are_missing_fields()
    {
        var yaml = TestLeaflet.With(TestLeaflet.With("- heading:", "- heading: ''"), "- name:", "- purpose: Questions");
        var found = TestLeaflet.Problems(yaml);
        Assert.Equal([("missing-field", 7, 5), ("missing-field", 11, 5)],
            found.Select(d => (d.Rule, d.Line, d.Column)));
        Assert.Equal("A contact has no \"name\"; add a line \"name: ...\".", found[1].Message);
    }

    [Fact]
    public void A_contact_with_neither_phone_nor_email_is_reported_at_the_contact()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("phone:", "hours: 9am to 5pm"));
        Assert.Equal(("missing-field", 11, 5), (d.Rule, d.Line, d.Column));
        Assert.Contains("neither \"phone:\" nor \"email:\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_text_belongs_is_an_invalid_value_at_the_value()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("title:", "title: [Cryotherapy, pain]"));
        Assert.Equal(("invalid-value", 1, 8), (d.Rule, d.Line, d.Column));
        Assert.Equal("\"title\" should be text, but here it is a list.", d.Message);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_an_invalid_value_at_the_value()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("body:", "body: Just text")
            .Replace("      - It is considered safer than other procedures.\n", "", StringComparison.Ordinal));
        Assert.Equal(("invalid-value", 8, 11), (d.Rule, d.Line, d.Column));
    }

    [Fact]
    public void A_body_block_with_two_kinds_is_an_invalid_value_at_the_second_kind()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.WithParagraph("- bullets: [One, Two]\n        note: Careful"));
        Assert.Equal(("invalid-value", 10, 9), (d.Rule, d.Line, d.Column));
        Assert.Equal("A body block has one kind, but this one has both \"bullets\" and \"note\"; start \"- note:\" as "
            + "a block of its own.", d.Message);
    }

    [Theory]
    [InlineData("- {}", "invalid-value", 9, 9)]
    [InlineData("- - nested", "invalid-value", 9, 9)]
    [InlineData("- bullets: []", "missing-field", 9, 9)]
    [InlineData("- bullets:\n        - [a, b]", "invalid-value", 10, 11)]
    [InlineData("- note: ''", "missing-field", 9, 9)]
    [InlineData("- ''", "missing-field", 9, 9)]
    public void Body_blocks_of_the_wrong_shape_are_reported(string paragraph, string rule, int line, int column)
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((rule, line, column), (d.Rule, d.Line, d.Column));
    }

    [Fact]
    public void Duplicate_keys_are_reported_at_the_second()
    {
        var d = TestLeaflet.OnlyProblem(TestLeaflet.With("owner:", "owner: A\ntitle: Again"));
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
        var d = TestLeaflet.OnlyProblem(yaml);
        Assert.Equal(("missing-field", 1, 1), (d.Rule, d.Line, d.Column));
        Assert.StartsWith("The file is empty. A leaflet needs at least: title, resource_number,", d.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Just a sentence.\n", 1, 1, "text")]
    [InlineData("\n- a\n- b\n", 2, 1, "a list")]
    public void A_file_that_is_not_a_set_of_fields_is_an_invalid_value(string yaml, int line, int column, string kind)
    {
        var d = TestLeaflet.OnlyProblem(yaml);
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
            yaml += $"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, "
                + $"*{previous}, *{previous}, *{previous}, *{previous}]\n";
        }

        var d = TestLeaflet.OnlyProblem(yaml);
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
}
