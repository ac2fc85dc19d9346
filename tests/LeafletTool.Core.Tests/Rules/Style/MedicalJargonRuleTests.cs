using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class MedicalJargonRuleTests
{
    private static readonly MedicalJargonRule Rule = new();

    [Theory]
    [InlineData("You will be given analgesia after the operation.", "analgesia", "pain relief")]
    [InlineData("There may be some oedema around the wound.", "oedema", "swelling")]
    [InlineData("Tell us about any haemorrhage at home.", "haemorrhage", "bleeding")]
    [InlineData("Pyrexia is common after the first dose.", "Pyrexia", "Fever")]
    [InlineData("This medicine is contraindicated in pregnancy.", "contraindicated", "not safe to use")]
    [InlineData("People with hypertension need a check first.", "hypertension", "high blood pressure")]
    [InlineData("This can cause a myocardial infarction.", "myocardial infarction", "heart attack")]
    public void A_medical_term_is_reported_with_everyday_words(string paragraph, string term, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, term), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.Equal(Severity.Info, Rule.Info.DefaultSeverity);
        Assert.StartsWith($"'{term}' is a medical term", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("There may be some oedema (swelling) around the wound. The oedema goes down.")]
    [InlineData("There may be some swelling (oedema) around the wound. The oedema goes down.")]
    [InlineData("A thin tube (a cardiac catheter) is used.")]
    [InlineData("Heart pain, called angina, is common.")]
    [InlineData("The cardiac nurses will see you on the Renal Unit.")]
    [InlineData("We give pain relief and keep you warm.")]
    public void An_explained_term_a_name_or_everyday_words_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_term_is_reported_once_at_its_first_use()
    {
        const string paragraph = "Oedema is common. The oedema goes down. Oedema can last a week.";

        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "Oedema"), finding.Position());
    }

    [Fact]
    public void A_term_in_a_folded_block_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - >-", "        After the operation you may have",
            "        some oedema for a week.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 14), finding.Position());
    }

    [Fact]
    public void The_list_has_at_least_150_terms() => Assert.True(StyleData.MedicalJargon.Count >= 150);
}
