using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Rules.Structure;

/// <summary><c>slug-format</c>: the file name is a slug that every output folder can hold (<see cref="Slugs"/>): what
/// <c>validate</c> passes, <c>build</c> builds.</summary>
public sealed class SlugFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.SlugFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (Slugs.Problem(leaflet.Slug) is not var (problem, suggestion)) return;
        bag.Report(Info, SourcePosition.Start, problem, suggestion is null ? null : suggestion + ".yaml");
    }
}
