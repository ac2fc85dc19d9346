using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Rules;

/// <summary>
/// <c>placeholder-text</c>: no drafting text is left in any field: TODO, FIXME, TBC, TBA, TBD and XXX as words
/// (any case), "lorem ipsum", and "[insert …]" or "[enter …]". Points at the placeholder itself.
/// </summary>
public sealed partial class PlaceholderTextRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.PlaceholderText;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        foreach (var text in Texts(leaflet))
        {
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
    }

    /// <summary>Every text value of the leaflet, prose and details alike.</summary>
    private static IEnumerable<LocatedText> Texts(Leaflet leaflet)
    {
        LocatedText?[] details = [leaflet.ResourceNumber, leaflet.Published, leaflet.Review, leaflet.Owner, leaflet.Department, leaflet.Language];
        foreach (var text in details.OfType<LocatedText>()) yield return text;
        foreach (var prose in leaflet.Prose()) yield return prose.Text;
        foreach (var contact in leaflet.Contacts)
        {
            LocatedText?[] fields = [contact.Name, contact.Phone, contact.Email];
            foreach (var text in fields.OfType<LocatedText>()) yield return text;
        }
    }

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?:TODO|FIXME|TBC|TBA|TBD|X{3,})(?![\p{L}\p{N}_])"
        + @"|(?<dummy>\blorem(?:\s+ipsum)?\b)"
        + @"|(?<insert>[\[<{]\s*(?:insert|enter)\b[^\]>}\n]{0,80}[\]>}](?!\())",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
