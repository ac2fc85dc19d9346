using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>link-text</c>: the text of a link (<c>[text](address)</c>) that says nothing on its own: "click here",
/// "here", "this link", "read more", or the address itself. Only the link's text is looked at.
/// </summary>
public sealed class LinkTextRule : ILeafletRule
{
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "here", "click", "this link", "link", "read more", "more", "learn more", "find out more",
        "click this link", "this page", "this website", "website", "web page", "this", "go here", "see here",
    };

    public RuleInfo Info => RuleCatalogue.LinkText;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            if (!prose.Value.Contains("](", StringComparison.Ordinal)) continue;
            foreach (var link in InlineLinks.Find(prose.Value))
            {
                var text = link.Text.Trim().TrimEnd('.', ',', ':', ';', '!', '?').Trim('*', '_', ' ');
                string? why = null;
                if (Vague.Contains(text) || text.StartsWith("click here ", StringComparison.OrdinalIgnoreCase))
                    why = $"Link text '{text}' does not say where the link goes";
                else if (IsAddress(text, link.Address))
                    why = $"The link's text is its address, '{text}', which is hard to read aloud";
                if (why is null) continue;
                var message = $"{why}: use words that describe the page, such as its title. People scanning the "
                    + "page or using a screen reader hear links on their own (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, link.Start + 1), message);
            }
        }
    }

    private static bool IsAddress(string text, string address)
    {
        if (text.Length == 0 || text.Contains(' ')) return false;
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) return true;
        return Bare(text).Equals(Bare(address), StringComparison.OrdinalIgnoreCase) && text.Contains('.');
    }

    private static string Bare(string address)
    {
        var s = address.Trim();
        foreach (var prefix in (string[])["https://", "http://", "mailto:", "www."])
        {
            if (s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) s = s[prefix.Length..];
        }

        return s.TrimEnd('/');
    }
}
