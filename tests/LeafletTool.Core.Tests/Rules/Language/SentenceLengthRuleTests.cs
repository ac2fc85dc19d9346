using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class SentenceLengthRuleTests
{
    private static readonly SentenceLengthRule Rule = new();

    private const string TwentyOne = "After the procedure you will be taken to a recovery area where nursing staff "
        + "will monitor you for about an hour.";

    [Fact]
    public void A_sentence_of_more_than_20_words_is_an_info_at_its_first_word()
    {
        var paragraph = "Rest today. " + TwentyOne;

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "After"), finding.Position());
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal("This sentence has 21 words; plain English keeps sentences to 20 words or fewer. Split it, or say "
            + "it more simply.", finding.Message);
    }

    [Fact]
    public void A_sentence_of_20_words_is_not_reported()
    {
        var twenty = TwentyOne.Replace(" about", "", StringComparison.Ordinal);

        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(twenty)));
    }

    [Fact]
    public void The_limit_comes_from_max_sentence_words()
    {
        var config = ProjectConfig.Default with { MaxSentenceWords = 5 };

        var finding = LanguageLeaflet.Single(Rule,
            LanguageLeaflet.WithParagraph("Rest today. Drink plenty of water after it."), config);

        Assert.Contains("has 6 words", finding.Message, StringComparison.Ordinal);
        Assert.Contains("to 5 words", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_list_item_is_its_own_sentence()
    {
        var items = Enumerable.Range(0, 3)
            .Select(_ => "          - Drink plenty of water and rest at home for the first two days after you leave")
            .ToArray();
        var yaml = LanguageLeaflet.WithBody(["      - bullets:", .. items]);

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml, ProjectConfig.Default with { MaxSentenceWords = 16 }));
        Assert.Equal(3, LanguageLeaflet.Check(Rule, yaml, ProjectConfig.Default with { MaxSentenceWords = 15 }).Count);
    }

    [Fact]
    public void Abbreviations_and_small_letters_after_a_full_stop_do_not_end_a_sentence()
    {
        var config = ProjectConfig.Default with { MaxSentenceWords = 8 };

        var finding = LanguageLeaflet.Single(Rule,
            LanguageLeaflet.WithParagraph("Bring your tablets, e.g. inhalers and creams, to the clinic."), config);

        Assert.Contains("has 10 words", finding.Message, StringComparison.Ordinal);
    }
}
