using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Building;

/// <summary>
/// What checking and rendering a site gave: each file's findings (in the order of the files asked about), the lines
/// saying why leaflets were refused (<c>FILE:1:1: error build: …</c>, in file order), how many leaflets were built
/// and not built, the configuration of the index, and what stopped the rendering, if anything did (the first
/// <see cref="BuildFailure"/> or, failing one, the first exception).
/// </summary>
public sealed record SiteBuildResult(
    IReadOnlyList<IReadOnlyList<Diagnostic>> Diagnostics,
    IReadOnlyList<string> Refusals,
    int Built,
    int Skipped,
    ProjectConfig IndexConfig,
    IReadOnlyList<Exception> Failures)
{
    /// <summary>
    /// What stopped the rendering: the first <see cref="BuildFailure"/>, else the first failure; or null.
    /// </summary>
    public Exception? Failure =>
        Failures.FirstOrDefault(f => f is BuildFailure) ?? (Failures.Count > 0 ? Failures[0] : null);
}
