using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>plain-words</c>: a formal word or phrase with an everyday alternative ("prior to": write "before"), from
/// LeafletTool's list and the config's <c>plain_words:</c>. Every use is reported; a word in the leaflet's
/// <c>accept:</c> list is left alone.
/// </summary>
public sealed class PlainWordsRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.PlainWords;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var index = StyleText.PlainWordsOf(context.Config);
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            var value = prose.Value;
            foreach (var match in index.Find(value, prose.Words))
            {
                var written = value.AsSpan(match.Start, match.End - match.Start);
                if (StyleText.IsAccepted(leaflet, written) || StyleText.IsQuoted(value, match.Start, match.End))
                    continue;
                var suggestion = StyleText.InCaseOf(match.Alternatives[0], written);
                var message = $"'{written}': write {StyleText.Quoted(match.Alternatives, written)}. "
                    + "Everyday words are easier to read (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, match.Start), message, suggestion);
            }
        }
    }
}
