using LeafletTool.Core.Dates;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Tests.Review;

public class ReviewScheduleTests
{
    [Theory]
    [InlineData("2026-06", "2026-11-23", -146)]
    [InlineData("2026-06", "2026-06-30", 0)]
    [InlineData("2026-06", "2026-07-01", -1)]
    [InlineData("2024-02", "2024-02-01", 28)]
    [InlineData("2026-06-15", "2026-06-15", 0)]
    public void Days_until_due_count_from_the_last_day_a_date_covers(string review, string asOf, int expected)
    {
        Assert.True(LeafletDate.TryParse(review, out var date));
        Assert.Equal(expected,
            ReviewSchedule.DaysUntilDue(date, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2026-07-01", ReviewStatus.Overdue)]
    [InlineData("2026-06-30", ReviewStatus.DueSoon)]
    [InlineData("2026-04-01", ReviewStatus.DueSoon)]
    [InlineData("2026-03-31", ReviewStatus.Current)]
    public void Status_follows_the_due_soon_window(string asOf, ReviewStatus expected)
    {
        Assert.True(LeafletDate.TryParse("2026-06", out var date));
        var today = DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, ReviewSchedule.StatusOf(date, today, 90));
    }
}
