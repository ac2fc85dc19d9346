using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class TimeFormatRuleTests
{
    private static readonly TimeFormatRule Rule = new();

    [Theory]
    [InlineData("The clinic closes at 17:00 each day.", "17:00", "5pm")]
    [InlineData("Arrive by 09:30 for your scan.", "09:30", "9.30am")]
    [InlineData("Arrive by 9:30 for your scan.", "9:30", "9.30am")]
    [InlineData("The ward phone is answered until 1730hrs.", "1730hrs", "5.30pm")]
    [InlineData("Visiting starts at 1400 hours.", "1400 hours", "2pm")]
    [InlineData("The clinic closes at 17.30 on Fridays.", "17.30", "5.30pm")]
    [InlineData("Do not eat after 12pm.", "12pm", "midday")]
    [InlineData("Do not eat after 12am.", "12am", "midnight")]
    [InlineData("Do not eat after 12 noon.", "12 noon", "midday")]
    [InlineData("Stop eating at 00:00 the night before.", "00:00", "midnight")]
    [InlineData("Your appointment is at 9.00am.", "9.00am", "9am")]
    [InlineData("Your appointment is at 9 am.", "9 am", "9am")]
    [InlineData("Your appointment is at 2PM.", "2PM", "2pm")]
    [InlineData("Your appointment is at 2 p.m. on Monday.", "2 p.m.", "2pm")]
    [InlineData("Your appointment is at 2:30pm.", "2:30pm", "2.30pm")]
    [InlineData("Lunch is served at 12:00 on the ward.", "12:00", "midday")]
    [InlineData("The clinic closes at 17.00 on Fridays.", "17.00", "5pm")]
    [InlineData("Arrive by 9.30AM for your scan.", "9.30AM", "9.30am")]
    public void A_time_not_in_the_NHS_style_is_reported_with_the_NHS_form(string paragraph, string written,
        string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.StartsWith($"Write \"{expected}\" rather than \"{written}\":", finding.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We are open 9am-5pm on weekdays.", "9am-5pm", "9am to 5pm")]
    [InlineData("We are open 9am \u2013 5pm on weekdays.", "9am \u2013 5pm", "9am to 5pm")]
    [InlineData("We are open 9-5pm on weekdays.", "9-5pm", "9am to 5pm")]
    [InlineData("We are open 1-3pm on Sundays.", "1-3pm", "1pm to 3pm")]
    [InlineData("We are open 09:00-17:00 on weekdays.", "09:00-17:00", "9am to 5pm")]
    [InlineData("We are open 8.30am-6.30pm on weekdays.", "8.30am-6.30pm", "8.30am to 6.30pm")]
    public void A_range_with_a_dash_is_one_finding_written_with_to(string paragraph, string written, string expected)
    {
        var finding = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, written), finding.Position());
        Assert.Equal(expected, finding.Suggestion);
        Assert.Contains("\"to\"", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("We are open from 9am to 5pm, Monday to Friday.")]
    [InlineData("Come at 5.30pm, or at midday, or before midnight.")]
    [InlineData("Mix 1:10 with water, or 1:1000 for adrenaline.")]
    [InlineData("It takes 2 to 3 weeks, and 2-3 days to heal; 2.30 litres a day.")]
    [InlineData("Call 020 7188 4714 or 111. Ward 10, bed 12.")]
    [InlineData("Read [the times](https://example.nhs.uk/open-17:00) online.")]
    [InlineData("It lasts 12 hours.")]
    public void Times_in_the_NHS_style_and_numbers_that_are_not_times_are_not_reported(string paragraph) =>
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void Contact_hours_are_checked()
    {
        var yaml = LanguageLeaflet.WithParagraph("All is well.")
            .Replace("    phone: 020 7188 4714", "    phone: 020 7188 4714\n    hours: Monday to Friday, 9am-5pm",
            StringComparison.Ordinal);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal((13, 30), finding.Position());
        Assert.Equal("9am to 5pm", finding.Suggestion);
    }

    [Fact]
    public void Each_time_is_reported_separately_in_order()
    {
        var paragraph = "Open 08:00 to 17:00.";

        var findings = LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(["8am", "5pm"], findings.Select(f => f.Suggestion));
        Assert.Equal([LanguageLeaflet.InParagraph(paragraph, "08:00"), LanguageLeaflet.InParagraph(paragraph, "17:00")],
            findings.Select(f => f.Position()));
    }
}
