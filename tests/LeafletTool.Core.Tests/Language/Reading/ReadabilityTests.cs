using LeafletTool.Core.Config;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Language.Reading;

public class ReadabilityTests
{
    [Theory]
    [InlineData("cryotherapy", 4)]
    [InlineData("radiofrequency", 7)]
    [InlineData("X-ray", 2)]
    [InlineData("020", 0)]
    [InlineData("people", 2)]
    [InlineData("pulses", 1)]
    [InlineData("anaesthetic", 4)]
    [InlineData("you'll", 1)]
    [InlineData("people\u2019s", 2)] // a curly apostrophe counts as a straight one (issue 14)
    [InlineData("people's", 2)]
    [InlineData("nurse\u2019s", 1)]
    [InlineData("patient\u2019s", 2)]
    [InlineData("It\u2019s", 1)]
    [InlineData("evening", 3)]
    [InlineData("12", 0)]
    public void Syllables_are_counted_as_the_syllable_package_counts_them(string word, int expected) =>
        Assert.Equal(expected, Syllables.Count(word));

    [Fact]
    public void Every_word_of_one_or_two_letters_is_one_syllable_so_the_measure_looks_none_up()
    {
        // Not so for three: "aia" has three syllables.
        Span<char> word = stackalloc char[2];
        for (var length = 1; length <= 2; length++)
        {
            for (var n = 0; n < (int)Math.Pow(52, length); n++)
            {
                for (var (k, rest) = (0, n); k < length; k++, rest /= 52)
                    word[k] = rest % 52 < 26 ? (char)('a' + rest % 52) : (char)('A' + rest % 52 - 26);
                if (Syllables.Count(word[..length]) != 1) Assert.Fail($"'{word[..length]}' is not one syllable");
            }
        }

        Assert.True(Syllables.Count("aia") >= 3);
    }

    [Fact]
    public void Headings_and_list_items_are_sentences_numbers_are_words_and_compounds_one_word()
    {
        var scores = Readability.Measure(["Before your test", "Stop eating 6 hours before.", "Take a long-term view"]);

        Assert.Equal(3, scores.Sentences);
        Assert.Equal(12, scores.Words);
    }

    [Fact]
    public void The_published_formulas_give_the_scores()
    {
        var scores = ReadabilityScores.From(words: 927, sentences: 69, syllables: 1419, polysyllables: 123);

        Assert.Equal(10.756, scores.Smog, 3);
        Assert.Equal(7.712, scores.FleschKincaidGrade, 3);
        Assert.Equal(63.698, scores.FleschReadingEase, 3);
    }

    [Fact]
    public void No_words_give_zero_scores_not_a_division_by_zero() =>
        Assert.Equal(ReadabilityScores.Empty, Readability.Measure([" ", "—"]));

    [Fact]
    public void A_leaflet_above_max_smog_is_a_warning_at_its_title()
    {
        var paragraph = "Immunosuppressive medication necessitates comprehensive haematological monitoring, "
            + "particularly regarding thrombocytopenia, neutropenia and hepatotoxicity.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph);

        var finding = LanguageLeaflet.Single(new ReadabilityRule(), yaml);

        Assert.Equal((1, 8), finding.Position());
        Assert.StartsWith("The leaflet's SMOG grade is ", finding.Message, StringComparison.Ordinal);
        Assert.Contains("above the limit of 12", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_leaflet_and_a_raised_limit_are_not_reported()
    {
        var hard = LanguageLeaflet.WithParagraph("Immunosuppressive medication necessitates comprehensive "
            + "haematological monitoring.");

        Assert.Empty(
            LanguageLeaflet.Check(new ReadabilityRule(),
            LanguageLeaflet.WithParagraph("Rest at home. Drink water. Call us if you feel ill.")));
        Assert.Empty(LanguageLeaflet.Check(new ReadabilityRule(), hard, ProjectConfig.Default with { MaxSmog = 30 }));
    }

    [Fact]
    public void The_limit_is_judged_on_the_grade_as_shown_to_one_decimal_place()
    {
        var yaml = LanguageLeaflet.WithParagraph("Immunosuppressive medication necessitates comprehensive "
            + "haematological monitoring, particularly regarding thrombocytopenia.");
        var smog = Readability.Measure(LanguageLeaflet.Load(yaml)).Smog;
        var shown = Math.Round(smog, 1, MidpointRounding.AwayFromZero);

        // Never "SMOG 12.0 is above the limit of 12": a grade that shows as the limit is not above it.
        Assert.Empty(
            LanguageLeaflet.Check(new ReadabilityRule(), yaml, ProjectConfig.Default with { MaxSmog = shown }));
        var finding = Assert.Single(LanguageLeaflet.Check(new ReadabilityRule(), yaml,
            ProjectConfig.Default with { MaxSmog = shown - 0.1 }));
        Assert.Contains($"is {shown.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} ",
            finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaflet_not_in_English_gets_no_readability_finding()
    {
        var yaml = LanguageLeaflet.WithParagraph("Immunosuppressive medication necessitates comprehensive "
            + "haematological monitoring.") + "language: cy\n";

        Assert.Empty(LanguageLeaflet.Check(new ReadabilityRule(), yaml));
    }
}
