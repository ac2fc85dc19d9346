using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// <c>spelling-inconsistent</c>: an unknown word one or two slips away from a word used much more often in
/// the leaflet or the folder, or from a house-dictionary word ("cyrotherapy" → "cryotherapy"). It replaces
/// <c>spelling</c> for that word.
/// </summary>
public sealed class SpellingInconsistentRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.SpellingInconsistent;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var problem in SpellingCheck.Of(leaflet, context))
        {
            if (problem is not { Kind: SpellingProblemKind.NearMiss, Anchor: { } anchor }) continue;
            var position = context.AnalysisOf(leaflet).PositionOf(problem.Text, problem.Range.Start);
            bag.Report(Info, position, $"{problem.Word}: did you mean {problem.Suggestions[0]} ({Where(anchor)})?",
                problem.Suggestions[0]);
        }
    }

    private static string Where(NearMissAnchor anchor) => anchor.Scope switch
    {
        AnchorScope.Leaflet => $"used {Times(anchor.Uses)} in this leaflet",
        AnchorScope.Folder => $"used {Times(anchor.Uses)} across the leaflets in this folder",
        _ => "in the house dictionary",
    };

    private static string Times(int uses) => uses == 1 ? "once" : $"{uses} times";
}
