using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// <c>placeholder-text</c>: no drafting text is left in any field: TODO, FIXME, TBC, TBA, TBD and XXX as words
/// (any case), "lorem ipsum", and "[insert …]" or "[enter …]". Points at the placeholder itself.
/// </summary>
public sealed partial class PlaceholderTextRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.PlaceholderText;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        ReadOnlySpan<LocatedText?> details = [leaflet.ResourceNumber, leaflet.Published, leaflet.Review, leaflet.Owner,
            leaflet.Department, leaflet.Language];
        foreach (var text in details) Check(leaflet, text, bag);
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts) Check(leaflet, prose.Text, bag);
        foreach (var contact in leaflet.Contacts)
        {
            Check(leaflet, contact.Name, bag);
            Check(leaflet, contact.Phone, bag);
            Check(leaflet, contact.Email, bag);
        }
    }

    private void Check(Leaflet leaflet, LocatedText? text, DiagnosticBag bag)
    {
        if (text is null || !PlaceholderScan.MayHavePlaceholder(text.Value)) return;
        ScalarPositionMap? map = null;
        foreach (Match match in Placeholder().Matches(text.Value))
        {
            map ??= ScalarPositionMap.Create(leaflet.Source, text);
            var found = match.Value.Length > 40 ? match.Value[..40] + "…" : match.Value;
            var what = match.Groups["dummy"].Success ? "is dummy text"
                : match.Groups["insert"].Success ? "is a placeholder"
                : "looks like a drafting note";
            bag.Report(Info, map.PositionOf(match.Index),
                $"\"{found}\" {what} left in the leaflet; replace it with the real text.");
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?:TODO|FIXME|TBC|TBA|TBD|X{3,})(?![\p{L}\p{N}_])"
        + @"|(?<dummy>\blorem(?:\s+ipsum)?\b)"
        + @"|(?<insert>[\[<{]\s*(?:insert|enter)\b[^\]>}\n]{0,80}[\]>}](?!\())",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
