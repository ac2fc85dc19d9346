using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>abbreviation-unexplained</c>: an abbreviation in capitals ("MRI", "PICC") whose first use in the text is not
/// spelt out, as "magnetic resonance imaging (MRI)" or "MRI (magnetic resonance imaging)". Reported once, at that
/// first use. Titles and headings are left to the text below them; abbreviations patients know (NHS, GP, A&amp;E),
/// the config's <c>abbreviations:</c> and the leaflet's <c>accept:</c> are fine, and so is an everyday word in
/// capitals ("NOT"), which is <c>block-capitals</c>' business.
/// </summary>
public sealed class AbbreviationUnexplainedRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.AbbreviationUnexplained;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        HashSet<string>? seen = null;
        foreach (var prose in analysis.Prose.Texts)
        {
            var heading = prose.Kind is ProseKind.Title or ProseKind.Heading;
            var value = prose.Value;
            foreach (var range in prose.Words)
            {
                if (range.Length < 2 || !StyleText.IsUpper(value[range.Start])) continue;
                var word = value.AsSpan(range.Start, range.Length);
                if (!StyleText.IsCapitals(word) || Abbreviations.IsShouted(word) || Abbreviations.IsName(word))
                    continue;
                var abbreviation = Abbreviations.Singular(word);
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                var explained = StyleText.IsExplainedAt(value, range.Start, range.End);
                if (heading)
                {
                    // A title or heading may spell it out; one that does not is left to the text below it.
                    if (explained) seen.Add(abbreviation);
                    continue;
                }

                if (!seen.Add(abbreviation)) continue;
                var written = word.ToString();
                if (Abbreviations.IsKnown(written, context.Config, leaflet)) continue;
                if (explained) continue;
                var message = $"'{written}' is not spelt out where it is first used: write the words in full with "
                    + $"the abbreviation in brackets, as in 'magnetic resonance imaging (MRI)'. Not everyone knows "
                    + "what abbreviations stand for (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, range.Start), message);
            }
        }
    }
}
