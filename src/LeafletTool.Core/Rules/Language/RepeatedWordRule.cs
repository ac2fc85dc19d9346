using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// <c>repeated-word</c>: the same word twice in a row with only spaces or a line break between ("the the"),
/// pointing at the second. "had had" is good English and is left alone.
/// </summary>
public sealed class RepeatedWordRule : ILeafletRule
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase) { "had" };

    public RuleInfo Info => RuleCatalogue.RepeatedWord;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts)
        {
            var value = prose.Value;
            var words = prose.Words;
            for (var k = 1; k < words.Length; k++)
            {
                var (first, second) = (words[k - 1], words[k]);
                if (first.Length != second.Length) continue;
                var a = value.AsSpan(first.Start, first.Length);
                if (!a.Equals(value.AsSpan(second.Start, second.Length), StringComparison.OrdinalIgnoreCase)) continue;
                if (!value.AsSpan(first.End, second.Start - first.End).IsWhiteSpace()) continue;
                if (Allowed.Contains(a.ToString())) continue;
                var word = a.ToString();
                var position = context.AnalysisOf(leaflet).PositionOf(prose.Text, second.Start);
                var twice = $"{word} {value.Substring(second.Start, second.Length)}";
                bag.Report(Info, position, $"\"{word}\" is written twice in a row (\"{twice}\"): delete one.", word);
            }
        }
    }
}
