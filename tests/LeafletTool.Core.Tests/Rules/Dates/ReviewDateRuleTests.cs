using LeafletTool.Core.Config;
using LeafletTool.Core.Rules.Dates;

namespace LeafletTool.Core.Tests.Rules.Dates;

public class ReviewDateRuleTests
{
    private static string Dates(string published, string review) =>
        TestLeaflet.With(TestLeaflet.With("published:", "published: " + published), "review:", "review: " + review);

    [Theory]
    [InlineData("2023-06", "2023-06", "is the same as the published date (June 2023)")]
    [InlineData("2023-06", "2022-01", "is before the published date (June 2023)")]
    [InlineData("2023-06-15", "2023-06-01", "is before the published date (15 June 2023)")]
    public void A_review_date_not_after_publishing_is_an_error(string published, string review, string expected)
    {
        var d = TestLeaflet.Single(new ReviewBeforePublishedRule(), Dates(published, review));
        Assert.Equal((4, 9), d.At());
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-06", "2023-07")]
    [InlineData("2023-06-15", "2023-06-16")]
    [InlineData("2023-06", "June 2026")]
    public void A_later_review_date_or_an_unreadable_one_is_not_this_rules_business(string published, string review) =>
        Assert.Empty(TestLeaflet.Check(new ReviewBeforePublishedRule(), Dates(published, review)));

    [Fact]
    public void A_review_more_than_the_interval_after_publishing_says_by_how_much()
    {
        var d = TestLeaflet.Single(new ReviewIntervalRule(), Dates("2023-06", "2027-06"));
        Assert.Equal((4, 9), d.At());
        Assert.Equal("2026-06", d.Suggestion);
        Assert.Equal("The review date (June 2027) is 48 months after the published date (June 2023), 12 months more "
            + "than the 36 allowed. Set a review date no later than 2026-06.", d.Message);
    }

    [Theory]
    [InlineData("2023-06", "2026-06")]
    [InlineData("2023-06-15", "2026-06-30")]
    [InlineData("2023-06", "2023-01")]
    public void A_review_within_the_interval_passes(string published, string review) =>
        Assert.Empty(TestLeaflet.Check(new ReviewIntervalRule(), Dates(published, review)));

    [Fact]
    public void The_interval_comes_from_the_config()
    {
        var config = ProjectConfig.Default with { MaxIntervalMonths = 24 };
        var d = TestLeaflet.Single(new ReviewIntervalRule(), Dates("2023-06-10", "2025-07-01"), config: config);
        Assert.Equal("2025-06-10", d.Suggestion);
        Assert.Contains("25 months after", d.Message, StringComparison.Ordinal);
        Assert.Contains("1 month more than the 24 allowed", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_review_says_how_long_ago_it_passed()
    {
        var d = TestLeaflet.Single(new ReviewOverdueRule(), TestLeaflet.Minimal, today: new DateOnly(2026, 11, 23));
        Assert.Equal((4, 9), d.At());
        Assert.Equal("The review date (June 2026) passed 146 days ago; review the leaflet and set a new date.",
            d.Message);
    }

    [Theory]
    [InlineData("2026-07-01", "passed 1 day ago")]
    [InlineData("2026-07-02", "passed 2 days ago")]
    public void A_month_only_review_date_is_overdue_from_the_next_month(string today, string expected)
    {
        var d = TestLeaflet.Single(new ReviewOverdueRule(), TestLeaflet.Minimal,
            today: DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_due_on_the_last_day_of_its_month_is_not_yet_overdue() =>
        Assert.Empty(TestLeaflet.Check(new ReviewOverdueRule(), TestLeaflet.Minimal, today: new DateOnly(2026, 6, 30)));

    [Theory]
    [InlineData("2026-06-30", "is due today")]
    [InlineData("2026-06-29", "is due tomorrow")]
    [InlineData("2026-04-01", "is due in 90 days")]
    public void A_review_within_the_due_soon_window_is_noted(string today, string expected)
    {
        var d = TestLeaflet.Single(new ReviewDueSoonRule(), TestLeaflet.Minimal,
            today: DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((4, 9), d.At());
        Assert.Contains(expected, d.Message, StringComparison.Ordinal);
        Assert.Contains("(review date June 2026)", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("2026-07-01")]
    public void Outside_the_window_due_soon_is_quiet(string today) =>
        Assert.Empty(
            TestLeaflet.Check(new ReviewDueSoonRule(), TestLeaflet.Minimal,
            today: DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_due_soon_window_comes_from_the_config()
    {
        var config = ProjectConfig.Default with { DueSoonDays = 200 };
        Assert.Single(
            TestLeaflet.Check(new ReviewDueSoonRule(), TestLeaflet.Minimal, today: new DateOnly(2026, 1, 15),
            config: config));
    }

    [Fact]
    public void A_published_date_after_today_is_reported()
    {
        var d = TestLeaflet.Single(new PublishedInFutureRule(), TestLeaflet.With("published:", "published: 2026-02"));
        Assert.Equal((3, 12), d.At());
        Assert.StartsWith("The published date (February 2026) is in the future (today is 15 January 2026).", d.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01")]
    [InlineData("2026-01-15")]
    [InlineData("2023-06")]
    public void A_published_date_up_to_today_is_fine(string published) =>
        Assert.Empty(
            TestLeaflet.Check(new PublishedInFutureRule(), TestLeaflet.With("published:", "published: " + published)));

    [Fact]
    public void Date_rules_stay_quiet_when_a_date_cannot_be_read()
    {
        var yaml = Dates("last June", "next year");
        Assert.Empty(TestLeaflet.Check(new ReviewIntervalRule(), yaml));
        Assert.Empty(TestLeaflet.Check(new ReviewOverdueRule(), yaml, today: new DateOnly(2030, 1, 1)));
        Assert.Empty(TestLeaflet.Check(new ReviewDueSoonRule(), yaml));
        Assert.Empty(TestLeaflet.Check(new PublishedInFutureRule(), yaml, today: new DateOnly(2000, 1, 1)));
    }
}
