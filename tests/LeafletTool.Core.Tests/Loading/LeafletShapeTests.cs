using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Tests.Loading;

/// <summary>The loader's findings for fields that are empty or of the wrong shape (split from LeafletLoaderTests).</summary>
public class LeafletShapeTests
{
    private static IReadOnlyList<Diagnostic> Problems(string yaml) => TestLeaflet.LoadResult(yaml).Diagnostics;

    private static Diagnostic Only(string yaml) => Assert.Single(Problems(yaml));

    [Theory]
    [InlineData("title:", "title:", 1)]
    [InlineData("title:", "title: ''", 1)]
    [InlineData("owner:", "owner: ~", 5)]
    [InlineData("review:", "review: \"  \"", 4)]
    public void A_required_field_that_is_empty_is_reported_at_its_key(string key, string line, int lineNumber)
    {
        var d = Only(TestLeaflet.With(key, line));
        Assert.Equal(("missing-field", lineNumber, 1), (d.Rule, d.Line, d.Column));
        Assert.Equal($"\"{key[..^1]}\" is empty; the leaflet needs one.", d.Message);
    }

    [Fact]
    public void Empty_lists_of_sections_and_contacts_are_missing()
    {
        var yaml = "title: T\nresource_number: 5373/VER1\npublished: 2023-06\nreview: 2026-06\nowner: O\nsections: []\ncontacts:\n";
        var found = Problems(yaml);
        Assert.Equal([("missing-field", 6, 1), ("missing-field", 7, 1)], found.Select(d => (d.Rule, d.Line, d.Column)));
        Assert.Equal("\"sections\" is empty; the leaflet needs at least one section.", found[0].Message);
    }

    [Fact]
    public void A_section_without_heading_or_body_and_a_contact_without_a_name_are_missing_fields()
    {
        var yaml = TestLeaflet.With(TestLeaflet.With("- heading:", "- heading: ''"), "- name:", "- purpose: Questions");
        var found = Problems(yaml);
        Assert.Equal([("missing-field", 7, 5), ("missing-field", 11, 5)], found.Select(d => (d.Rule, d.Line, d.Column)));
        Assert.Equal("A contact has no \"name\"; add a line \"name: ...\".", found[1].Message);
    }

    [Fact]
    public void A_contact_with_neither_phone_nor_email_is_reported_at_the_contact()
    {
        var d = Only(TestLeaflet.With("phone:", "hours: 9am to 5pm"));
        Assert.Equal(("missing-field", 11, 5), (d.Rule, d.Line, d.Column));
        Assert.Contains("neither \"phone:\" nor \"email:\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_text_belongs_is_an_invalid_value_at_the_value()
    {
        var d = Only(TestLeaflet.With("title:", "title: [Cryotherapy, pain]"));
        Assert.Equal(("invalid-value", 1, 8), (d.Rule, d.Line, d.Column));
        Assert.Equal("\"title\" should be text, but here it is a list.", d.Message);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_an_invalid_value_at_the_value()
    {
        var d = Only(TestLeaflet.With("body:", "body: Just text").Replace("      - It is considered safer than other procedures.\n", "", StringComparison.Ordinal));
        Assert.Equal(("invalid-value", 8, 11), (d.Rule, d.Line, d.Column));
    }

    [Fact]
    public void A_body_block_with_two_kinds_is_an_invalid_value_at_the_second_kind()
    {
        var d = Only(TestLeaflet.WithParagraph("- bullets: [One, Two]\n        note: Careful"));
        Assert.Equal(("invalid-value", 10, 9), (d.Rule, d.Line, d.Column));
        Assert.Equal("A body block has one kind, but this one has both \"bullets\" and \"note\"; start \"- note:\" as a block of its own.", d.Message);
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
        var d = Only(TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((rule, line, column), (d.Rule, d.Line, d.Column));
    }
}
