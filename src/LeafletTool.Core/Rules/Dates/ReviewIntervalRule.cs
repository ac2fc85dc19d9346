using LeafletTool.Core.Dates;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>review-interval</c>: the review date is at most <c>max_interval_months</c> after the published
/// date.</summary>
public sealed class ReviewIntervalRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ReviewInterval;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.Review is not { } text || leaflet.ReviewDate is not { } review
            || leaflet.PublishedDate is not { } published) return;
        var months = ReviewSchedule.MonthsBetween(published, review);
        var max = context.Config.MaxIntervalMonths;
        if (months <= max) return;
        var latest = published.FirstDay.AddMonths(max);
        var suggestion = new LeafletDate(latest.Year, latest.Month, review.Day is null ? null : latest.Day).ToString();
        bag.Report(Info, text.Start,
            $"The review date ({review.Display}) is {Wording.Count(months, "month")} after the published date "
            + $"({published.Display}), "
            + $"{Wording.Count(months - max, "month")} more than the {max} allowed. Set a review date no later than "
            + $"{suggestion}.",
            suggestion);
    }
}
