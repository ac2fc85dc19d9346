using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary><c>american-spelling</c>: an American spelling in a leaflet in British English (anesthetic, color,
/// organize); suggests the British form.</summary>
public sealed class AmericanSpellingRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.AmericanSpelling;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var problem in SpellingCheck.Of(leaflet, context))
        {
            if (problem.Kind != SpellingProblemKind.American) continue;
            var british = problem.Suggestions[0];
            var position = context.AnalysisOf(leaflet).PositionOf(problem.Text, problem.Range.Start);
            bag.Report(Info, position,
                $"\"{problem.Word}\" is the American spelling; in British English write \"{british}\".", british);
        }
    }
}
