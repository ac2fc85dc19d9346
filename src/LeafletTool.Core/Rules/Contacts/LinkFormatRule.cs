using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Rules.Contacts;

/// <summary>
/// <c>link-format</c>: every <c>[text](address)</c> in the prose is complete and goes to an <c>https://</c>,
/// <c>mailto:</c> or <c>tel:</c> address. Points at the address (or at the broken part) inside the value.
/// </summary>
public sealed class LinkFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.LinkFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        // The prose the language rules share (no walk of its own); only a text with a bracket is looked at further.
        foreach (var prose in context.AnalysisOf(leaflet).Prose.Texts)
        {
            var text = prose.Text;
            if (!text.Value.Contains('[', StringComparison.Ordinal)
                && !text.Value.Contains("](", StringComparison.Ordinal)) continue;
            CheckText(leaflet, text, bag);
        }
    }

    private void CheckText(Leaflet leaflet, LocatedText text, DiagnosticBag bag)
    {
        var links = InlineLinks.Find(text.Value);
        ScalarPositionMap? map = null;
        SourcePosition At(int offset) => (map ??= ScalarPositionMap.Create(leaflet.Source, text)).PositionOf(offset);

        foreach (var link in links) CheckLink(link, At, bag);
        foreach (var stray in InlineLinks.StrayCloses(text.Value, links))
        {
            bag.Report(Info, At(stray),
                "There is \"](\" here with no \"[\" before the link's text. Write links as [text](https://address).");
        }
    }

    private void CheckLink(InlineLink link, Func<int, SourcePosition> at, DiagnosticBag bag)
    {
        var name = link.Text.Trim().Length > 0 ? $"The link \"{link.Text.Trim()}\"" : "A link";
        if (link.SpaceBeforeAddress)
        {
            bag.Report(Info, at(link.AddressStart - 1),
                $"{name} has a space between \"]\" and \"(\"; remove it, or the address shows as text.");
            return;
        }

        if (!link.Closed)
        {
            bag.Report(Info, at(link.AddressStart),
                $"{name} has no \")\" straight after its address. Put \")\" after the address; an address cannot "
                + "contain spaces or be split across lines.");
            return;
        }

        var result = LinkAddress.Check(link.Address);
        if (!result.IsValid)
        {
            var shown = link.Address.Length > 0 ? $" to {link.Address}" : "";
            bag.Report(Info, at(link.AddressStart),
                $"{name}{shown} {result.Problem}" + (result.Suggestion is { } s ? $"; did you mean {s}?" : "."),
                result.Suggestion);
        }

        if (link.Text.Trim().Length == 0)
        {
            bag.Report(Info, at(link.Start),
                $"The link{(link.Address.Length > 0 ? " to " + link.Address : "")} has no text between \"[\" and "
                + "\"]\"; write the words readers will see and click.");
        }
    }
}
