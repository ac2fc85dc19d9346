using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Identity;

/// <summary><c>resource-number-duplicate</c>: no two leaflets in the folders checked share a resource number; reported
/// on each of them.</summary>
public sealed class ResourceNumberDuplicateRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ResourceNumberDuplicate;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.ResourceNumber is not { } number || string.IsNullOrWhiteSpace(number.Value)) return;
        var others = context.Corpus.FilesSharingResourceNumber(number.Value)
            .Where(f => !string.Equals(f, leaflet.File, StringComparison.Ordinal))
            .ToList();
        if (others.Count == 0) return;
        var names = others.Count == 1
            ? others[0]
            : string.Join(", ", others.Take(others.Count - 1)) + " and " + others[^1];
        bag.Report(Info, number.Start,
            $"The resource number \"{number.Value.Trim()}\" is also used by {names}. Each leaflet needs its own "
            + "number: give one of them a new one.");
    }
}
