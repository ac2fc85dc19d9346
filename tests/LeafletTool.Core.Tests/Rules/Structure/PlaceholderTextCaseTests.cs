using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

/// <summary>Placeholders in any case and bracket are still found now that values are scanned for their first letters
/// first.</summary>
public class PlaceholderTextCaseTests
{
    private static readonly PlaceholderTextRule Rule = new();

    [Theory]
    [InlineData("- Ask fIxMe now.", 13)]
    [InlineData("- Ward ToDo.", 14)]
    [InlineData("- Date Tbd", 14)]
    [InlineData("- Call xXx now.", 14)]
    [InlineData("- LOREM text.", 9)]
    [InlineData("- Call {insert number} now.", 14)]
    [InlineData("- Call [ Enter number] now.", 14)]
    public void Placeholders_in_any_case_are_found(string paragraph, int column)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph(paragraph));

        Assert.Equal((9, column), d.At());
    }

    [Theory]
    [InlineData("- Centre and entrance hall, text, totals and box XX.")]
    [InlineData("- A <b> tag, a {brace} and [a note] here.")]
    public void Values_with_the_letters_but_no_placeholder_pass(string paragraph) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.WithParagraph(paragraph)));
}
