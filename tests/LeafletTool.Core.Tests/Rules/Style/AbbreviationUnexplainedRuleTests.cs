using LeafletTool.Core.Config;
using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class AbbreviationUnexplainedRuleTests
{
    private static readonly AbbreviationUnexplainedRule Rule = new();

    [Theory]
    [InlineData("You will have an MRI scan. The MRI takes an hour.", "MRI")]
    [InlineData("Your PICC line stays in. Keep the PICC dry.", "PICC")]
    [InlineData("Ask for an ECG at the desk.", "ECG")]
    public void An_abbreviation_not_spelt_out_is_reported_once_at_its_first_use(string paragraph, string word)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, word), finding.Position());
        Assert.StartsWith($"'{word}' is not spelt out where it is first used", finding.Message,
            StringComparison.Ordinal);
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("You will have a magnetic resonance imaging (MRI) scan. The MRI takes an hour.")]
    [InlineData("You will have an MRI (magnetic resonance imaging) scan. The MRI takes an hour.")]
    [InlineData("Respiratory syncytial virus, known as RSV, is common.")]
    [InlineData("See your GP or go to A&E. The NHS and the UK government agree.")]
    [InlineData("Do NOT eat anything.")]
    [InlineData("The LEEDS programme runs on Mondays.")]
    public void A_spelt_out_well_known_or_everyday_word_in_capitals_is_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void Spelt_out_later_is_too_late()
    {
        const string paragraph = "Have an MRI. A magnetic resonance imaging (MRI) scan is safe.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "MRI"), finding.Position());
    }

    [Fact]
    public void The_configs_abbreviations_and_the_accepted_words_need_no_spelling_out()
    {
        var config = ProjectConfig.Default with { Abbreviations = ["PALS", "ECG"] };
        var yaml = LanguageLeaflet.WithParagraph("Ask PALS about your ECG and your PICC line.") + "accept:\n  - PICC\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml, config));
    }

    [Fact]
    public void A_heading_that_spells_it_out_explains_it_for_the_text_below()
    {
        var yaml = LanguageLeaflet.WithParagraph("The MRI takes an hour.")
            .Replace("heading: About this leaflet", "heading: Magnetic resonance imaging (MRI)",
                StringComparison.Ordinal);

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    [Fact]
    public void An_abbreviation_in_a_literal_block_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - |-", "        Rest first.", "        Then have your ECG.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 24), finding.Position());
    }
}
