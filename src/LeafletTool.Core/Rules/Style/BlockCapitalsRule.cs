using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>block-capitals</c>: two or more everyday words in capitals in a row ("DO NOT EAT"), which are harder to read
/// than bold. Abbreviations (words the dictionary does not know in lower case, or known ones: "NHS", "GP") and a
/// single word in capitals are left alone, and so are titles and headings (<c>heading-case</c>'s). Suggests the
/// words in lower case.
/// </summary>
public sealed class BlockCapitalsRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.BlockCapitals;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            if (prose.Kind is ProseKind.Title or ProseKind.Heading) continue;
            var value = prose.Value;
            var words = prose.Words;
            var k = 0;
            while (k < words.Length)
            {
                if (!IsShouted(value, words[k], leaflet, context))
                {
                    k++;
                    continue;
                }

                var end = k + 1;
                var shouted = 1;
                while (end < words.Length && Joined(value, words[end - 1], words[end])
                       && (IsShouted(value, words[end], leaflet, context) || IsCapitalLetter(value, words[end])))
                {
                    if (IsShouted(value, words[end], leaflet, context)) shouted++;
                    end++;
                }

                while (end - 1 > k && !IsShouted(value, words[end - 1], leaflet, context)) end--;
                if (shouted >= 2) Report(analysis, prose.Text, value, words[k].Start, words[end - 1], bag);
                k = end;
            }
        }
    }

    private void Report(LeafletAnalysis analysis, LocatedText text, string value, int start, Text.TextRange last,
        DiagnosticBag bag)
    {
        var written = value[start..(last.Start + last.Length)];
        var lower = written.ToLowerInvariant();
        var suggestion = StyleText.StartsSentence(value, start) ? char.ToUpperInvariant(lower[0]) + lower[1..] : lower;
        var message = $"'{written}': write '{suggestion}'. Words in capitals are harder to read; use bold "
            + "for a warning (NHS content style guide).";
        bag.Report(Info, analysis.PositionOf(text, start), message, suggestion);
    }

    private static bool IsShouted(string value, Text.TextRange range, Leaflet leaflet, RuleContext context)
    {
        if (range.Length < 2 || !StyleText.IsUpper(value[range.Start]) || !StyleText.IsUpper(value[range.Start + 1]))
            return false;
        var word = value.AsSpan(range.Start, range.Length);
        return Abbreviations.IsShouted(word) && !Abbreviations.IsKnown(word.ToString(), context.Config, leaflet);
    }

    private static bool IsCapitalLetter(string value, Text.TextRange range) =>
        range.Length == 1 && char.IsUpper(value[range.Start]);

    /// <summary>Only spaces, commas, apostrophes or markup between two words of one run.</summary>
    private static bool Joined(string value, Text.TextRange previous, Text.TextRange next)
    {
        var gap = value.AsSpan(previous.Start + previous.Length, next.Start - previous.Start - previous.Length);
        foreach (var c in gap)
        {
            if (!(c is ' ' or '\n' or ',' or '*' or '_' or '\'' or '\u2019' or '&' or '/')) return false;
        }

        return gap.Length <= 4;
    }
}
