using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// <c>time-format</c>: a time or range not in the NHS style ("17:00", "1730hrs", "12pm", "9am-5pm"); suggests
/// "5pm", "5.30pm", "midday", "9am to 5pm".
/// </summary>
public sealed class TimeFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.TimeFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts)
        {
            foreach (var problem in TimeExpressions.Problems(prose.Value))
            {
                var position = context.AnalysisOf(leaflet).PositionOf(prose.Text, problem.Range.Start);
                var why = problem.IsRange
                    ? "NHS style joins times with \"to\", not a dash, and writes each time as 9am or 5.30pm."
                    : "NHS style is the 12-hour clock with am or pm and no space (9am, 5.30pm), "
                      + "and midday or midnight for 12.";
                var message = $"Write \"{problem.Suggestion}\" rather than \"{problem.Written}\": {why}";
                bag.Report(Info, position, message, problem.Suggestion);
            }
        }
    }
}
