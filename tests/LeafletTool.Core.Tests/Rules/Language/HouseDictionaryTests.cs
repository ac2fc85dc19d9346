using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class HouseDictionaryTests
{
    private static readonly ILeafletRule[] SpellingRules = [new SpellingRule(), new SpellingInconsistentRule(),
        new AmericanSpellingRule()];

    // The built-in medical lexicon knows these: the house dictionary is for a trust's own words.
    [Theory]
    [InlineData("Denervation uses heat to stop pain signals.")]
    [InlineData("Chemical neurolysis destroys a small part of the nerve.")]
    [InlineData("A colposcopy looks closely at your cervix.")]
    [InlineData("A cystoscopy looks inside your bladder, with a cystoscope.")]
    [InlineData("During a hysteroscopy the doctor looks inside your womb.")]
    [InlineData("Thrombolysis breaks up the clot.")]
    [InlineData("A nephrostomy drains urine from your kidney.")]
    [InlineData("A urostomy bag collects urine.")]
    [InlineData("Lymphoedema is swelling caused by fluid.")]
    [InlineData("Spirometry measures how well you breathe out.")]
    [InlineData("Cardioversion resets the rhythm of your heart.")]
    [InlineData("Pleurodesis stops fluid building up around your lung.")]
    [InlineData("Paracentesis drains fluid from your tummy.")]
    [InlineData("A flexible sigmoidoscopy checks the lower bowel.")]
    [InlineData("A gastroscopy checks your food pipe and stomach.")]
    [InlineData("Lithotripsy breaks kidney stones into small pieces.")]
    [InlineData("Hydronephrosis means a swollen kidney.")]
    [InlineData("A polypectomy removes a small growth.")]
    [InlineData("Vertebroplasty strengthens a broken bone in the spine.")]
    [InlineData("You will have an injection of enoxaparin each day.")]
    [InlineData("Apixaban, rivaroxaban, edoxaban and dabigatran thin your blood.")]
    [InlineData("Gabapentin can help nerve pain.")]
    [InlineData("Take omeprazole before breakfast.")]
    [InlineData("Levothyroxine replaces a thyroid hormone.")]
    [InlineData("Radiculopathy is pain from a trapped nerve root.")]
    [InlineData("A jejunostomy tube feeds you directly.")]
    [InlineData("The endoscopist uses a colonoscope; colonoscopies take about 30 minutes.")]
    [InlineData("Capecitabine and oxaliplatin are given in cycles.")]
    public void A_medical_term_is_known_without_a_house_dictionary(string paragraph)
    {
        var yaml = LanguageLeaflet.WithParagraph(paragraph);

        Assert.Empty(SpellingRules.SelectMany(rule => LanguageLeaflet.Check(rule, yaml)));
    }

    // A trust's own words that no list can know: hospitals and places at the start of a sentence.
    [Theory]
    [InlineData("Pinderfields has a new day unit.", "Pinderfields")]
    [InlineData("Hallamshire is where the clinic is.", "Hallamshire")]
    [InlineData("Wythenshawe has free parking.", "Wythenshawe")]
    public void A_local_word_passes_once_it_is_in_the_house_dictionary(string paragraph, string term)
    {
        var yaml = LanguageLeaflet.WithParagraph(paragraph);
        var house = LanguageLeaflet.Config("Pinderfields", "Hallamshire", "Wythenshawe");

        var without = LanguageLeaflet.Single(new SpellingRule(), yaml);
        var with = SpellingRules.SelectMany(rule => LanguageLeaflet.Check(rule, yaml, house));

        Assert.StartsWith($"\"{term}\" is not in the dictionary", without.Message, StringComparison.Ordinal);
        Assert.Empty(with);
    }

    [Fact]
    public void A_house_word_in_lower_case_is_accepted_capitalised_and_in_capitals()
    {
        var yaml = LanguageLeaflet.WithParagraph("Cryoneuro and CRYONEURO and cryoneuro are the same.");

        Assert.Equal(3, LanguageLeaflet.Check(new SpellingRule(), yaml).Count);
        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml, LanguageLeaflet.Config("cryoneuro")));
    }

    [Fact]
    public void A_misspelt_house_word_is_a_near_miss_of_it()
    {
        var paragraph = "The clinic is at Pinderfeilds, by the car park.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph);
        var config = LanguageLeaflet.Config("Pinderfields");

        var finding = LanguageLeaflet.Single(new SpellingInconsistentRule(), yaml, config);

        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml, config));
        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "Pinderfeilds"), finding.Position());
        Assert.Equal("Pinderfeilds: did you mean Pinderfields (in the house dictionary)?", finding.Message);
        Assert.Equal("Pinderfields", finding.Suggestion);
    }

    [Fact]
    public void Words_accepted_by_one_leaflet_are_not_accepted_in_another()
    {
        var accepting = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph("Cryoneuro helps.")
            + "accept: [cryoneuro]\n");
        var other = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph("Cryoneuro helps."), "leaflets/other.yaml");
        var corpus = Corpus.Build([accepting, other]);

        Assert.Empty(Run(accepting, corpus));
        Assert.Single(Run(other, corpus));
    }

    private static IReadOnlyList<Diagnostic> Run(Leaflet leaflet, Corpus corpus)
    {
        var bag = new DiagnosticBag(leaflet.File);
        new SpellingRule()
            .Check(leaflet, new RuleContext(new DateOnly(2026, 1, 15), LanguageLeaflet.Config(), corpus), bag);
        return bag.Items;
    }
}
