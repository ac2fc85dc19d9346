using LeafletTool.Core.Config;
using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class PlainWordsRuleTests
{
    private static readonly PlainWordsRule Rule = new();

    [Theory]
    [InlineData("Do not eat prior to your scan.", "prior to", "before")]
    [InlineData("Prior to your scan, do not eat.", "Prior to", "Before")]
    [InlineData("We utilise a small probe.", "utilise", "use")]
    [InlineData("The probe is utilised to freeze the nerve.", "utilised", "used")]
    [InlineData("Treatment is commencing next week.", "commencing", "starting")]
    [InlineData("Rest in order to heal.", "in order to", "to")]
    [InlineData("Call us with regard to your results.", "with regard to", "about")]
    [InlineData("We cannot see you at this moment in time.", "at this moment in time", "now")]
    [InlineData("You will require a lift home.", "require", "need")]
    public void A_formal_word_or_phrase_is_reported_with_the_everyday_one(string paragraph, string written,
        string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.StartsWith($"'{written}': write '{expected}'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Everyday words are easier to read (NHS content style guide).", finding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_reads_as_the_issue_asks()
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph("Stop eating prior to the test."));

        Assert.Equal("'prior to': write 'before'. Everyday words are easier to read (NHS content style guide).",
            finding.Message);
    }

    [Theory]
    [InlineData("Do not eat before your scan.")]
    [InlineData("We use a small probe to start the treatment.")]
    [InlineData("Rest to heal. The prior appointment was moved.")]
    [InlineData("Read [our data policy](https://example.nhs.uk/utilise) online.")]
    public void Everyday_words_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_phrase_across_a_line_break_of_a_folded_block_points_at_its_first_word()
    {
        var yaml = LanguageLeaflet.WithBody("      - >-", "        Please rest in order", "        to heal well.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((10, 21), finding.Position());
        Assert.Equal("to", finding.Suggestion);
    }

    [Fact]
    public void A_word_in_a_literal_block_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - |-", "        Please rest.", "        We will commence soon.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 17), finding.Position());
        Assert.Equal("start", finding.Suggestion);
    }

    [Fact]
    public void The_configs_own_pairs_are_added_and_win()
    {
        var config = ProjectConfig.Default with
        {
            PlainWords = new Dictionary<string, string> { ["ambulate"] = "walk", ["prior to"] = "ahead of" },
        };
        var findings = LanguageLeaflet.Check(Rule,
            LanguageLeaflet.WithParagraph("Ambulate daily prior to the operation."), config);

        Assert.Equal(["Walk", "ahead of"], findings.Select(f => f.Suggestion));
    }

    [Fact]
    public void An_accepted_word_is_left_alone()
    {
        var yaml = LanguageLeaflet.WithParagraph("You will require a lift home.") + "accept:\n  - require\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    [Fact]
    public void The_list_has_at_least_150_pairs() => Assert.True(StyleData.PlainWords.Count >= 150);
}
