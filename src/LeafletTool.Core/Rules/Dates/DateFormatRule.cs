using LeafletTool.Core.Dates;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Dates;

/// <summary><c>date-format</c>: <c>published</c> and <c>review</c> are real dates written <c>YYYY-MM</c> or
/// <c>YYYY-MM-DD</c>.</summary>
public sealed class DateFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.DateFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        CheckDate(leaflet.Published, "published", bag);
        CheckDate(leaflet.Review, "review", bag);
    }

    private void CheckDate(LocatedText? text, string label, DiagnosticBag bag)
    {
        if (text is null) return;
        var result = DateParser.Parse(text.Value);
        if (result.Date is not null) return;
        var fix = result.Suggestion is { } s
            ? $"Write it as {s}."
            : "Write it as YYYY-MM (for example 2026-06) or YYYY-MM-DD (for example 2026-06-15).";
        bag.Report(Info, text.Start, $"The {label} date {result.Problem}. {fix}", result.Suggestion);
    }
}
