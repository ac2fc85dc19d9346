using LeafletTool.Core.Rules.Dates;

namespace LeafletTool.Core.Tests.Rules.Dates;

public class DateFormatRuleTests
{
    private static readonly DateFormatRule Rule = new();

    [Theory]
    [InlineData("2023-06")]
    [InlineData("2023-06-15")]
    [InlineData("'2023-06'")]
    [InlineData("2024-02-29")]
    public void Real_dates_in_either_form_pass(string value) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.With("published:", "published: " + value)));

    [Fact]
    public void A_month_written_in_words_suggests_the_iso_form()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.With("published:", "published: June 2023"));
        Assert.Equal((3, 12), d.At());
        Assert.Equal("2023-06", d.Suggestion);
        Assert.Equal("The published date \"June 2023\" is not a date in the form YYYY-MM or YYYY-MM-DD. Write it as "
            + "2023-06.", d.Message);
    }

    [Fact]
    public void A_day_that_does_not_exist_is_not_a_date()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.With("review:", "review: 2023-02-30"));
        Assert.Equal((4, 9), d.At());
        Assert.Null(d.Suggestion);
        Assert.StartsWith("The review date \"2023-02-30\" is not a real date: February 2023 has 28 days.", d.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13", "is not a real date: there is no month 13")]
    [InlineData("01/06/2026", "Write it as 2026-06-01.")]
    [InlineData("2026/6", "Write it as 2026-06.")]
    [InlineData("06/2026", "Write it as 2026-06.")]
    [InlineData("soon", "is not a date in the form YYYY-MM or YYYY-MM-DD")]
    public void The_review_date_is_checked_too(string value, string expected)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.With("review:", "review: " + value));
        Assert.Equal((4, 9), d.At());
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_dates_wrong_gives_two_findings_in_place()
    {
        var yaml = TestLeaflet.With(TestLeaflet.With("published:", "published: Jun 2023"), "review:",
            "review: \"2026-06-31\"");
        var found = TestLeaflet.Check(Rule, yaml);
        Assert.Equal([(3, 12), (4, 9)], found.Select(d => d.At()));
    }
}
