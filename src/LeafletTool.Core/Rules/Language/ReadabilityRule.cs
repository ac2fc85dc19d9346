using System.Globalization;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// <c>readability</c>: the leaflet's SMOG grade is above <c>max_smog</c> (default 12). Reported at the title;
/// English leaflets only.
/// </summary>
public sealed class ReadabilityRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.Readability;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (!SpellingCheck.IsEnglish(SpellingCheck.LanguageOf(leaflet, context))) return;
        var analysis = context.AnalysisOf(leaflet);
        var scores = Readability.Measure(analysis.Prose, analysis.Scratch.Memos);
        var max = context.Config.MaxSmog;
        // Judged as shown, to one decimal place: 12.04 is "12.0", which is not above a limit of 12 (issue 14).
        var shown = Math.Round(scores.Smog, 1, MidpointRounding.AwayFromZero);
        if (scores.Words == 0 || shown <= max) return;
        var smog = shown.ToString("0.0", CultureInfo.InvariantCulture);
        var limit = max.ToString("0.##", CultureInfo.InvariantCulture);
        var age = Math.Round(scores.Smog + 5).ToString(CultureInfo.InvariantCulture);
        bag.Report(Info, leaflet.Title?.Start ?? leaflet.Start,
            $"The leaflet's SMOG grade is {smog} (a reading age of about {age}), above the limit of {limit}. "
            + "Use shorter sentences and fewer words of three or more syllables; "
            + "the NHS aims for a reading age of 9 to 11.");
    }
}
