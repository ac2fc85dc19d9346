using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>review-before-published</c>: the review date comes after the published date.</summary>
public sealed class ReviewBeforePublishedRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ReviewBeforePublished;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.Review is not { } text || leaflet.ReviewDate is not { } review
            || leaflet.PublishedDate is not { } published) return;
        if (review > published) return;
        var relation = review == published || review.FirstDay == published.FirstDay ? "the same as" : "before";
        bag.Report(Info, text.Start,
            $"The review date ({review.Display}) is {relation} the published date ({published.Display}). "
            + "A leaflet is reviewed after it is published: check both dates.");
    }
}
