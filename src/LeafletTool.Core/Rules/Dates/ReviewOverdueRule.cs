using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>review-overdue</c>: the review date has passed as of today (or <c>--as-of</c>).</summary>
public sealed class ReviewOverdueRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ReviewOverdue;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.Review is not { } text || leaflet.ReviewDate is not { } review) return;
        var days = ReviewSchedule.DaysUntilDue(review, context.Today);
        if (days >= 0) return;
        bag.Report(Info, text.Start,
            $"The review date ({review.Display}) passed {Wording.Count(-days, "day")} ago; review the leaflet and set "
            + "a new date.");
    }
}
