using LeafletTool.Core.Rules.Style;

namespace LeafletTool.Core.Tests.Rules.Style;

public class DateStyleRuleTests
{
    private static readonly DateStyleRule Rule = new();

    [Theory]
    [InlineData("Your appointment is on 6th August.", "6th August", "6 August")]
    [InlineData("Your appointment is on the 6th of August 2026.", "6th of August 2026", "6 August 2026")]
    [InlineData("Your appointment is on August 6.", "August 6", "6 August")]
    [InlineData("Your appointment is on August 6th, 2026.", "August 6th, 2026", "6 August 2026")]
    [InlineData("Your appointment is on 06/08/2026.", "06/08/2026", "6 August 2026")]
    [InlineData("Your appointment is on 6.8.2026 at 9am.", "6.8.2026", "6 August 2026")]
    [InlineData("6th August is the day.", "6th August", "6 August")]
    [InlineData("Come on Sept 3", "Sept 3", "3 September")]
    [InlineData("Come on 1/2/26", "1/2/26", "1 February 2026")]
    public void A_date_not_in_the_NHS_style_is_reported_with_it(string paragraph, string written, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.StartsWith($"'{written}': write '{expected}'", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Your appointment is on 6 August 2026 at 9.30am.")]
    [InlineData("Call 020 7188 4714. Our reference is 5373/VER1, ward 6/7.")]
    [InlineData("Take 1/2 a tablet in August 2026.")]
    [InlineData("Open 9am to 5pm, 13:00 in March.")]
    [InlineData("See [the page](https://example.nhs.uk/2026/08/06/news).")]
    [InlineData("A result of 45/13/2026 is not a date.")]
    public void NHS_style_dates_and_numbers_that_are_not_dates_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
}

public class NumberRangeRuleTests
{
    private static readonly NumberRangeRule Rule = new();

    [Theory]
    [InlineData("It takes 2-3 weeks to heal.", "2-3", "2 to 3")]
    [InlineData("It takes 2\u20133 weeks to heal.", "2\u20133", "2 to 3")]
    [InlineData("It takes 2 \u2013 3 weeks to heal.", "2 \u2013 3", "2 to 3")]
    [InlineData("Drink 1.5-2 litres a day.", "1.5-2", "1.5 to 2")]
    [InlineData("Take 1-2cm of cream.", "1-2", "1 to 2")]
    public void A_range_with_a_dash_is_reported_written_with_to(string paragraph, string written, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
    }

    [Theory]
    [InlineData("It takes 2 to 3 weeks to heal.")]
    [InlineData("We are open 9am-5pm and 9-5pm on weekdays.")]
    [InlineData("We are open 09:00-17:00 on weekdays.")]
    [InlineData("Call 0800-123-456 or 020 7188-4714.")]
    [InlineData("Our reference is 5373/VER1; the date 06-08-2026; COVID-19 and 2020-2021.")]
    [InlineData("See [the page](https://example.nhs.uk/pages/2-3).")]
    public void Times_phone_numbers_dates_codes_and_addresses_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_range_in_a_folded_block_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody("      - >-", "        Healing is slow and it", "        takes 4-6 weeks.");

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((11, 15), finding.Position());
        Assert.Equal("4 to 6", finding.Suggestion);
    }
}
