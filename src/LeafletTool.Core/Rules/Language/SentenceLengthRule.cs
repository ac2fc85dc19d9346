using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// <c>sentence-length</c>: a sentence of more than <c>max_sentence_words</c> words (NHS guidance: 20), pointing at
/// its first word.
/// </summary>
public sealed class SentenceLengthRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.SentenceLength;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var max = context.Config.MaxSentenceWords;
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts)
        {
            var words = prose.ReadingWords;
            foreach (var sentence in prose.Sentences)
            {
                if (sentence.WordCount <= max) continue;
                var start = words[sentence.FirstWord].Start;
                var position = context.AnalysisOf(leaflet).PositionOf(prose.Text, start);
                bag.Report(Info, position,
                    $"This sentence has {sentence.WordCount} words; plain English keeps sentences to {max} words "
                    + "or fewer. Split it, or say it more simply.");
            }
        }
    }
}
