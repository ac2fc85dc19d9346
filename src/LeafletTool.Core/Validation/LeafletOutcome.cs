using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Validation;

/// <summary>What checking one file gave: the leaflet (null when it could not be read) and its findings, severities
/// applied, in order.</summary>
public sealed record LeafletOutcome(LeafletInput Input, Leaflet? Leaflet, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
