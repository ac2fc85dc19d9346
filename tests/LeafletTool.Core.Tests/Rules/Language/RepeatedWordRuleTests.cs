using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class RepeatedWordRuleTests
{
    private static readonly RepeatedWordRule Rule = new();

    [Theory]
    [InlineData("Take the the tablets with food.", "the", 1)]
    [InlineData("Take The the tablets with food.", "the", 1)]
    [InlineData("You may feel feel sick.", "feel", 1)]
    [InlineData("Call us if if you are worried.", "if", 1)]
    public void The_second_of_two_same_words_in_a_row_is_reported(string paragraph, string word, int nth)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph.ToLowerInvariant(), word, nth), finding.Position());
        Assert.Equal(word, finding.Suggestion, ignoreCase: true);
        Assert.Contains("twice in a row", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeat_across_a_line_break_of_a_folded_block_is_reported_on_the_next_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - >-", "        Keep the wound clean and dry for the",
            "        the first two days.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 9), finding.Position());
    }

    [Theory]
    [InlineData("Take the tablets, the ones in the blue box.")]
    [InlineData("If you had had a reaction before, tell us.")]
    [InlineData("Take 2 2mg tablets.")]
    [InlineData("Say it, say it again.")]
    public void Words_not_repeated_back_to_back_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
}
