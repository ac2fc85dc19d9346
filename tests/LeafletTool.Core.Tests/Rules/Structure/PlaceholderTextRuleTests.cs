using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

public class PlaceholderTextRuleTests
{
    private static readonly PlaceholderTextRule Rule = new();

    [Theory]
    [InlineData("- It is TODO.", 9, 15,
        "\"TODO\" looks like a drafting note left in the leaflet; replace it with the real text.")]
    [InlineData("- Date TBC", 9, 14,
        "\"TBC\" looks like a drafting note left in the leaflet; replace it with the real text.")]
    [InlineData("- Ward tba.", 9, 14,
        "\"tba\" looks like a drafting note left in the leaflet; replace it with the real text.")]
    [InlineData("- Call XXXX for help.", 9, 14,
        "\"XXXX\" looks like a drafting note left in the leaflet; replace it with the real text.")]
    [InlineData("- Lorem ipsum dolor sit amet.", 9, 9,
        "\"Lorem ipsum\" is dummy text left in the leaflet; replace it with the real text.")]
    [InlineData("- Call [insert phone number] today.", 9, 14,
        "\"[insert phone number]\" is a placeholder left in the leaflet; replace it with the real text.")]
    [InlineData("- Ask for <Enter ward name>.", 9, 17,
        "\"<Enter ward name>\" is a placeholder left in the leaflet; replace it with the real text.")]
    [InlineData("- Some lorem here.", 9, 14,
        "\"lorem\" is dummy text left in the leaflet; replace it with the real text.")]
    [InlineData("- (FIXME) check dose", 9, 10,
        "\"FIXME\" looks like a drafting note left in the leaflet; replace it with the real text.")]
    public void Placeholders_are_reported_where_they_stand(string paragraph, int line, int column, string message)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((line, column), d.At());
        Assert.Equal(message, d.Message);
    }

    [Theory]
    [InlineData("- Your to-do list and the mastodon TODOS.")]
    [InlineData("- The XXL gown, the 3x daily dose and box XX.")]
    [InlineData("- '[Insert your card](https://www.example.nhs.uk/card) at the kiosk.'")]
    [InlineData("- Doloremque and loremipsum are not the dummy words.")]
    public void Words_that_only_look_like_placeholders_pass(string paragraph) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void Placeholders_in_literal_blocks_point_at_their_own_line()
    {
        var d = TestLeaflet.Single(Rule,
            TestLeaflet.WithParagraph("- |\n        First line.\n          Second TBC line."));
        Assert.Equal((11, 18), d.At());
    }

    [Fact]
    public void Every_field_is_searched_not_only_prose()
    {
        var yaml = TestLeaflet.With(TestLeaflet.With("owner:", "owner: TBC"), "phone:",
            "phone: 020 7188 4714\n    email: xxx@example.nhs.uk");
        var found = TestLeaflet.Check(Rule, yaml);
        Assert.Equal([(5, 8), (13, 12)], found.Select(d => d.At()));
    }

    [Fact]
    public void Each_placeholder_is_reported_once()
    {
        var found = TestLeaflet.Check(Rule, TestLeaflet.WithParagraph("- TODO and TODO"));
        Assert.Equal([(9, 9), (9, 18)], found.Select(d => d.At()));
    }
}
