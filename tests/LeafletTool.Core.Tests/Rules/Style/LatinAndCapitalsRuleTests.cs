using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class LatinAbbreviationRuleTests
{
    private static readonly LatinAbbreviationRule Rule = new();

    [Theory]
    [InlineData("Bring snacks, e.g. fruit.", "e.g.", "for example")]
    [InlineData("Bring snacks, eg fruit.", "eg", "for example")]
    [InlineData("E.g. fruit is fine.", "E.g.", "For example")]
    [InlineData("Bring your tablets, i.e. all of them.", "i.e.", "that is")]
    [InlineData("Bring your tablets, ie all of them.", "ie", "that is")]
    [InlineData("Bring books, games etc. to pass the time.", "etc.", "and so on")]
    public void A_latin_abbreviation_is_reported_with_the_english(string paragraph, string written, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
    }

    [Fact]
    public void NB_is_reported_without_a_suggestion()
    {
        const string paragraph = "NB do not eat.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal((9, 9), finding.Position());
        Assert.Null(finding.Suggestion);
    }

    [Theory]
    [InlineData("Bring snacks, for example fruit. Keep the leg straight.")]
    [InlineData("See [the page](https://example.nhs.uk/eg/ie/etc).")]
    [InlineData("Read www.example.nhs.uk/e.g./page for more.")]
    public void English_and_addresses_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
}

public class BlockCapitalsRuleTests
{
    private static readonly BlockCapitalsRule Rule = new();

    [Theory]
    [InlineData("DO NOT EAT after midnight.", "DO NOT EAT", "Do not eat")]
    [InlineData("Please DO NOT push cotton wool in.", "DO NOT", "do not")]
    public void Everyday_words_in_capitals_are_reported_in_lower_case(string paragraph, string written,
        string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
    }

    [Theory]
    [InlineData("Do NOT eat after midnight.")]
    [InlineData("Your GP and the NHS MRI team will call.")]
    [InlineData("Call NHS 111 or go to A&E.")]
    public void Single_words_and_abbreviations_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void Capitals_in_a_literal_block_are_found_on_their_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - |-", "        Before the test:", "        DO NOT DRIVE home.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 9), finding.Position());
    }
}
