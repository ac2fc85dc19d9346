using LeafletTool.Core.Dates;

namespace LeafletTool.Core.Review;

/// <summary>
/// The review arithmetic of SPEC.md: a review date is due on its last day (the month's last day for
/// <c>2026-06</c>); days = due date − as-of date; overdue when days &lt; 0, due soon when
/// 0 ≤ days ≤ due_soon_days.
/// </summary>
public static class ReviewSchedule
{
    public static int DaysUntilDue(LeafletDate review, DateOnly asOf) => review.LastDay.DayNumber - asOf.DayNumber;

    public static ReviewStatus StatusOf(LeafletDate review, DateOnly asOf, int dueSoonDays)
    {
        var days = DaysUntilDue(review, asOf);
        return days < 0 ? ReviewStatus.Overdue : days <= dueSoonDays ? ReviewStatus.DueSoon : ReviewStatus.Current;
    }

    /// <summary>Whole months from the published date to the review date, counting by calendar month.</summary>
    public static int MonthsBetween(LeafletDate published, LeafletDate review) =>
        ((review.Year - published.Year) * 12) + review.Month - published.Month;
}
