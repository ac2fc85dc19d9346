using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Loading;

/// <summary>The leaflet as far as it could be read (null when the file is not usable YAML) and every problem found on
/// the way.</summary>
public sealed record LoadResult(Leaflet? Leaflet, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
