using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary><c>spelling</c>: a word in neither the British English dictionary, the house dictionary nor the leaflet's
/// accept list; up to 3 suggestions in the message, and the first as the fix only when it is clearly the word
/// meant.</summary>
public sealed class SpellingRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.Spelling;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var problem in SpellingCheck.Of(leaflet, context))
        {
            if (problem.Kind != SpellingProblemKind.Unknown) continue;
            var position = context.AnalysisOf(leaflet).PositionOf(problem.Text, problem.Range.Start);
            bag.Report(Info, position, Message(problem), problem.Fix);
        }
    }

    public static string Message(SpellingProblem problem)
    {
        var guess = problem.Suggestions.Count switch
        {
            0 => "",
            1 => $" Did you mean \"{problem.Suggestions[0]}\"?",
            _ => $" Did you mean {string.Join(", ", problem.Suggestions.SkipLast(1).Select(s => $"\"{s}\""))} or "
                + $"\"{problem.Suggestions[^1]}\"?",
        };
        return $"\"{problem.Word}\" is not in the dictionary or the house dictionary.{guess}"
            + " If it is spelt correctly, add it to the house dictionary, or to \"accept:\" in this leaflet.";
    }
}
