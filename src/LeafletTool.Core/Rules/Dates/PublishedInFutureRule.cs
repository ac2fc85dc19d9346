using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>published-in-future</c>: the published date is not after today (or <c>--as-of</c>).</summary>
public sealed class PublishedInFutureRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.PublishedInFuture;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.Published is not { } text || leaflet.PublishedDate is not { } published) return;
        if (published.FirstDay <= context.Today) return;
        bag.Report(Info, text.Start,
            $"The published date ({published.Display}) is in the future (today is {Wording.Day(context.Today)}). "
            + "Check the date: it should be when the leaflet was published (a slip in the year is common).");
    }
}
