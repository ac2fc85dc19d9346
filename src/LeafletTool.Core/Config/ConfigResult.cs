using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Config;

/// <summary>The configuration read (the defaults where a setting was wrong) and the problems found in it.</summary>
public sealed record ConfigResult(ProjectConfig Config, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
