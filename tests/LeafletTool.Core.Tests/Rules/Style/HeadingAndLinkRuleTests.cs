using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class HeadingCaseRuleTests
{
    private static readonly HeadingCaseRule Rule = new();

    private static string WithHeading(string heading) =>
        LanguageLeaflet.WithParagraph("All is well.").Replace("heading: About this leaflet", "heading: " + heading,
            StringComparison.Ordinal);

    [Theory]
    [InlineData("Risks Of The Procedure", "Of", "Risks of the procedure")]
    [InlineData("Benefits of Cryotherapy", "Cryotherapy", "Benefits of cryotherapy")]
    [InlineData("RISKS OF THE PROCEDURE", "RISKS", "Risks of the procedure")]
    [InlineData("Your MRI Scan on Monday", "Scan", "Your MRI scan on Monday")]
    [InlineData("Before Your Pre-Operative Visit", "Your", "Before your pre-operative visit")]
    public void A_heading_in_title_case_or_capitals_is_reported_with_it_in_sentence_case(string heading,
        string first, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, WithHeading(heading));

        Assert.Equal((7, 14 + heading.IndexOf(first, StringComparison.Ordinal)), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.Contains("sentence case", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Risks of the procedure")]
    [InlineData("Your MRI scan on Monday in London")]
    [InlineData("Having an X-ray at Queen Elizabeth Hospital")]
    [InlineData("\"Cryotherapy: What happens\"")]
    [InlineData("What to do if it is NOT better")]
    public void Sentence_case_names_and_abbreviations_are_not_reported(string heading) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, WithHeading(heading)));

    [Fact]
    public void The_title_is_a_heading_too()
    {
        var yaml = LanguageLeaflet.WithParagraph("All is well.")
            .Replace("title: Living with a stoma", "title: Living With A Stoma", StringComparison.Ordinal);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((1, 15), finding.Position());
        Assert.Equal("Living with a stoma", finding.Suggestion);
    }

    [Fact]
    public void A_word_the_leaflet_accepts_keeps_its_capital()
    {
        var yaml = WithHeading("Visiting the Rainbow ward") + "accept:\n  - Rainbow\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }
}

public class LinkTextRuleTests
{
    private static readonly LinkTextRule Rule = new();

    [Theory]
    [InlineData("To read our leaflet, [click here](https://example.nhs.uk/a).", "click here")]
    [InlineData("Our leaflet is [here](https://example.nhs.uk/a).", "here")]
    [InlineData("Follow [this link](https://example.nhs.uk/a) for more.", "this link")]
    [InlineData("Cryotherapy. [Read more](https://example.nhs.uk/a)", "Read more")]
    [InlineData("See [https://example.nhs.uk/a](https://example.nhs.uk/a).", "https://example.nhs.uk/a")]
    [InlineData("See [www.nhs.uk](https://www.nhs.uk).", "www.nhs.uk")]
    public void Link_text_that_says_nothing_on_its_own_is_reported_at_the_text(string paragraph, string text)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, text), finding.Position());
        Assert.Contains("screen reader", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Read [our leaflet on cryotherapy](https://example.nhs.uk/a).")]
    [InlineData("Click here to see the map, [map of the hospital](https://example.nhs.uk/here).")]
    [InlineData("Come here for your scan.")]
    public void Link_text_that_describes_the_page_and_words_outside_links_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
}
