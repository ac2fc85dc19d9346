using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>review-due-soon</c>: the review date is within <c>due_soon_days</c> of today (or
/// <c>--as-of</c>).</summary>
public sealed class ReviewDueSoonRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ReviewDueSoon;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.Review is not { } text || leaflet.ReviewDate is not { } review) return;
        if (ReviewSchedule.StatusOf(review, context.Today, context.Config.DueSoonDays) != ReviewStatus.DueSoon) return;
        var days = ReviewSchedule.DaysUntilDue(review, context.Today);
        var when = days == 0 ? "today" : days == 1 ? "tomorrow" : $"in {Wording.Count(days, "day")}";
        bag.Report(Info, text.Start,
            $"The review is due {when} (review date {review.Display}); start reviewing the leaflet so it stays up to "
            + "date.");
    }
}
