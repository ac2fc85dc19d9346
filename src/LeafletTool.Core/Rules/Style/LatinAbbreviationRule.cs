using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>latin-abbreviation</c>: "e.g." (or "eg"), "i.e." ("ie"), "etc.", "NB", "viz." and "et al.": suggests "for
/// example", "that is", "and so on", or rewording. Addresses and links' targets are left alone.
/// </summary>
public sealed partial class LatinAbbreviationRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.LatinAbbreviation;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            var value = prose.Value;
            if (!MayHaveLatin(value, prose.Words)) continue;
            TextRangesCache hidden = default;
            foreach (Match match in Latin().Matches(value))
            {
                if (StyleText.IsInAddress(value, match.Index, hidden.Of(value))) continue;
                var written = match.Value;
                var (suggestion, advice) = match.Groups switch
                {
                    var g when g["eg"].Success => ("for example", "write 'for example'"),
                    var g when g["ie"].Success => ("that is", "write 'that is', or say it another way"),
                    var g when g["etc"].Success => ("and so on", "write 'and so on', or list everything"),
                    var g when g["viz"].Success => ("namely", "write 'namely'"),
                    var g when g["etal"].Success => ("and others", "write 'and others'"),
                    _ => ((string?)null, "leave it out, or start with 'Important:'"),
                };
                if (suggestion is not null) suggestion = StyleText.InCaseOf(suggestion, written);
                var message = $"'{written}': {advice}. Not everyone knows Latin abbreviations, and screen readers "
                    + "can read them wrongly (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, match.Index), message, suggestion);
            }
        }
    }

    /// <summary>Whether a word of the text could start one ("e", "eg", "i", "ie", "etc", "N", "NB", "viz", "et"):
    /// most texts have none, and the words are already found.</summary>
    private static bool MayHaveLatin(string value, ReadOnlySpan<Text.TextRange> words)
    {
        foreach (var range in words)
        {
            if (range.Length > 3 || value[range.Start] is not ('e' or 'E' or 'i' or 'I' or 'N' or 'v')) continue;
            var word = value.AsSpan(range.Start, range.Length);
            if (word is "e" or "E" or "eg" or "Eg" or "i" or "ie" or "Ie" or "etc" or "Etc" or "N" or "NB"
                or "viz" or "et") return true;
        }

        return false;
    }

    [GeneratedRegex(@"(?<![\w.])(?:(?<eg>[Ee]\.[ ]?[Gg]\.?|[Ee]g)|(?<ie>[Ii]\.[ ]?[Ee]\.?|[Ii]e)|(?<etc>[Ee]tc\.?)"
        + @"|(?<nb>N\.?B\.?)|(?<viz>viz\.?)|(?<etal>et al\.?))(?!\w)")]
    private static partial Regex Latin();
}

/// <summary>A value's hidden markup ranges (link targets), found on first use.</summary>
internal struct TextRangesCache
{
    private Text.TextRange[]? ranges;

    public Text.TextRange[] Of(string value) => ranges ??= MarkupRanges.HiddenRanges(value);
}
