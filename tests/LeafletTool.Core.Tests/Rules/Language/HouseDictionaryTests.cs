using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class HouseDictionaryTests
{
    private static readonly ILeafletRule[] SpellingRules = [new SpellingRule(), new SpellingInconsistentRule(),
        new AmericanSpellingRule()];

    // Correct but unusual medical terms that the British English word list does not have.
    [Theory]
    [InlineData("Denervation uses heat to stop pain signals.", "denervation")]
    [InlineData("Chemical neurolysis destroys a small part of the nerve.", "neurolysis")]
    [InlineData("A colposcopy looks closely at your cervix.", "colposcopy")]
    [InlineData("A cystoscopy looks inside your bladder.", "cystoscopy")]
    [InlineData("During a hysteroscopy the doctor looks inside your womb.", "hysteroscopy")]
    [InlineData("Thrombolysis breaks up the clot.", "thrombolysis")]
    [InlineData("A nephrostomy drains urine from your kidney.", "nephrostomy")]
    [InlineData("A urostomy bag collects urine.", "urostomy")]
    [InlineData("Lymphoedema is swelling caused by fluid.", "lymphoedema")]
    [InlineData("Spirometry measures how well you breathe out.", "spirometry")]
    [InlineData("Cardioversion resets the rhythm of your heart.", "cardioversion")]
    [InlineData("Pleurodesis stops fluid building up around your lung.", "pleurodesis")]
    [InlineData("Paracentesis drains fluid from your tummy.", "paracentesis")]
    [InlineData("A flexible sigmoidoscopy checks the lower bowel.", "sigmoidoscopy")]
    [InlineData("A gastroscopy checks your food pipe and stomach.", "gastroscopy")]
    [InlineData("Lithotripsy breaks kidney stones into small pieces.", "lithotripsy")]
    [InlineData("Hydronephrosis means a swollen kidney.", "hydronephrosis")]
    [InlineData("A polypectomy removes a small growth.", "polypectomy")]
    [InlineData("Vertebroplasty strengthens a broken bone in the spine.", "vertebroplasty")]
    [InlineData("You will have an injection of enoxaparin each day.", "enoxaparin")]
    [InlineData("Apixaban thins your blood.", "apixaban")]
    [InlineData("Gabapentin can help nerve pain.", "gabapentin")]
    [InlineData("Take omeprazole before breakfast.", "omeprazole")]
    [InlineData("Levothyroxine replaces a thyroid hormone.", "levothyroxine")]
    [InlineData("Radiculopathy is pain from a trapped nerve root.", "radiculopathy")]
    [InlineData("A jejunostomy tube feeds you directly.", "jejunostomy")]
    public void A_correct_medical_term_passes_once_it_is_in_the_house_dictionary(string paragraph, string term)
    {
        var yaml = LanguageLeaflet.WithParagraph(paragraph);
        var house = LanguageLeaflet.Config("radiofrequency", "denervation", "neurolysis", "colposcopy", "cystoscopy",
            "hysteroscopy", "thrombolysis", "nephrostomy", "urostomy", "lymphoedema", "spirometry", "cardioversion",
            "pleurodesis", "paracentesis", "sigmoidoscopy", "gastroscopy", "lithotripsy", "hydronephrosis",
                "polypectomy",
            "vertebroplasty", "enoxaparin", "apixaban", "gabapentin", "omeprazole", "levothyroxine", "radiculopathy",
                "jejunostomy");

        var without = LanguageLeaflet.Single(new SpellingRule(), yaml);
        var with = SpellingRules.SelectMany(rule => LanguageLeaflet.Check(rule, yaml, house));

        Assert.StartsWith($"\"{term}\" is not in the dictionary", without.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(with);
    }

    [Fact]
    public void A_house_word_in_lower_case_is_accepted_capitalised_and_in_capitals()
    {
        var yaml = LanguageLeaflet.WithParagraph("Apixaban and APIXABAN and apixaban are the same.");

        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml, LanguageLeaflet.Config("apixaban")));
    }

    [Fact]
    public void A_misspelt_house_word_is_a_near_miss_of_it()
    {
        var paragraph = "Take your apixiban each morning.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph);
        var config = LanguageLeaflet.Config("apixaban");

        var finding = LanguageLeaflet.Single(new SpellingInconsistentRule(), yaml, config);

        Assert.Empty(LanguageLeaflet.Check(new SpellingRule(), yaml, config));
        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "apixiban"), finding.Position());
        Assert.Equal("apixiban: did you mean apixaban (in the house dictionary)?", finding.Message);
        Assert.Equal("apixaban", finding.Suggestion);
    }

    [Fact]
    public void The_real_leaflets_medical_terms_are_unknown_without_the_house_dictionary()
    {
        var paragraph = "It is safer than radiofrequency denervation or chemical neurolysis.";

        var findings = LanguageLeaflet.Check(new SpellingRule(), LanguageLeaflet.WithParagraph(paragraph));

        // "radiofrequency" is "radio" and "frequency" written as one, a closed compound: a word (issue 14).
        Assert.Equal(["denervation", "neurolysis"], findings.Select(f => f.Message.Split('"')[1]));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Words_accepted_by_one_leaflet_are_not_accepted_in_another()
    {
        var accepting = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph("Gabapentin helps.")
            + "accept: [gabapentin]\n");
        var other = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph("Gabapentin helps."), "leaflets/other.yaml");
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
