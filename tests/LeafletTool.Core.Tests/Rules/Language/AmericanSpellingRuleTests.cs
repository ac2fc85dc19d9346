using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class AmericanSpellingRuleTests
{
    private static readonly AmericanSpellingRule Rule = new();

    [Theory]
    [InlineData("You will have a local anesthetic first.", "anesthetic", "anaesthetic")]
    [InlineData("Drink plenty of fluids if you have diarrhea.", "diarrhea", "diarrhoea")]
    [InlineData("A hemorrhage after the operation is rare.", "hemorrhage", "haemorrhage")]
    [InlineData("Some edema around the ankle is normal.", "edema", "oedema")]
    [InlineData("Children are seen in the pediatric clinic.", "pediatric", "paediatric")]
    [InlineData("The skin may change color for a few days.", "color", "colour")]
    [InlineData("Come to the day surgery center at 8am.", "center", "centre")]
    [InlineData("We will organize a follow-up appointment.", "organize", "organise")]
    [InlineData("The lab will analyze your blood sample.", "analyze", "analyse")]
    [InlineData("The tumor is removed under general anaesthetic.", "tumor", "tumour")]
    [InlineData("Take estrogen tablets each day.", "estrogen", "oestrogen")]
    [InlineData("The camera goes down your esophagus.", "esophagus", "oesophagus")]
    [InlineData("Your appointment was canceled by the clinic.", "canceled", "cancelled")]
    [InlineData("Check the fiber in your diet.", "fiber", "fibre")]
    [InlineData("Anemia makes you tired.", "Anemia", "Anaemia")]
    [InlineData("Take 5 milliliters of the syrup.", "milliliters", "millilitres")]
    [InlineData("Your behavior may change after sedation.", "behavior", "behaviour")]
    [InlineData("This is a practicing nurse.", "practicing", "practising")]
    [InlineData("Tell us about any ANESTHETIC problems.", "ANESTHETIC", "ANAESTHETIC")]
    public void An_American_spelling_is_reported_at_its_place_with_the_British_form(string paragraph, string american,
        string british)
    {
        var yaml = LanguageLeaflet.WithParagraph(paragraph);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, american), finding.Position());
        Assert.Equal(british, finding.Suggestion);
        Assert.Equal($"\"{american}\" is the American spelling; in British English write \"{british}\".",
            finding.Message);
        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml));
        Assert.Empty(LanguageLeaflet.Check(new SpellingInconsistentRule(), yaml));
    }

    [Theory]
    [InlineData("You will have a local anaesthetic first, then the colour of the skin changes at the centre.")]
    [InlineData("Your specialty team will review your programme and your computer program.")]
    [InlineData("The licence was issued; we license the clinic. Practise at home; the practice is open.")]
    public void British_spellings_and_words_British_English_shares_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-us")]
    public void A_leaflet_in_American_English_may_use_American_spellings(string language)
    {
        var yaml = LanguageLeaflet.WithParagraph("The color of the anesthetic is clear.") + $"language: {language}\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml));
    }

    [Fact]
    public void The_configured_language_applies_when_the_leaflet_has_none()
    {
        var yaml = LanguageLeaflet.WithParagraph("The color is clear.");

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml, ProjectConfig.Default with { Language = "en-US" }));
        Assert.Single(LanguageLeaflet.Check(Rule, yaml, ProjectConfig.Default with { Language = "en-GB" }));
    }

    [Fact]
    public void With_the_rule_off_American_spellings_are_accepted_and_spelling_says_nothing_either()
    {
        var yaml = LanguageLeaflet.WithParagraph("The color is clear.");
        var config =
            ProjectConfig.Default with
            {
                Rules = new Dictionary<string, Severity> { ["american-spelling"] = Severity.Off },
            };

        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml, config));
    }

    [Fact]
    public void A_house_dictionary_word_is_accepted_even_if_American()
    {
        var yaml = LanguageLeaflet.WithParagraph("Ask at the Cancer Center reception.");

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml, LanguageLeaflet.Config("Center")));
    }
}
