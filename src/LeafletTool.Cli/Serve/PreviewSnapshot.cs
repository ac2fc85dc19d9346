using LeafletTool.Core.Building;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// One build of the served folder, in memory: the pages <c>leaflet build</c> would write (by file name), the
/// clear-print pages in large print (built when first asked for: a second build), each leaflet's findings (by
/// slug), the leaflets that were not built and why, and what stopped the whole build, if anything did (a template
/// error). Immutable once made: requests read the current one while the next is built.
/// </summary>
public sealed record PreviewSnapshot(
    int Version,
    IReadOnlyDictionary<string, MemoryPage> Pages,
    Lazy<IReadOnlyDictionary<string, MemoryPage>> LargePrint,
    IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>> Findings,
    IReadOnlyList<Diagnostic> ConfigFindings,
    string? Failure)
{
    /// <summary>Each leaflet's source as it was read for this build, by slug (for the panel's readability figures).
    /// </summary>
    public IReadOnlyDictionary<string, Core.Validation.LeafletInput> Sources { get; init; } =
        new Dictionary<string, Core.Validation.LeafletInput>();

    /// <summary>When each leaflet's pages and the index last changed (<see cref="PreviewStamps"/>); set by the
    /// session once the build is done.</summary>
    public IReadOnlyDictionary<string, int> Stamps { get; init; } = new Dictionary<string, int>();

    /// <summary>The stamp of a page key (a slug, or <see cref="PreviewStamps.IndexKey"/>); 0 when unknown.</summary>
    public int StampOf(string key) => Stamps.TryGetValue(key, out var stamp) ? stamp : 0;

    /// <summary>The slugs of the leaflets found, built or not, in name order.</summary>
    public IEnumerable<string> Slugs => Findings.Keys.Order(StringComparer.Ordinal);

    /// <summary>The findings of a leaflet, or none.</summary>
    public IReadOnlyList<Diagnostic> FindingsOf(string slug) =>
        Findings.TryGetValue(slug, out var found) ? found : [];

    /// <summary>Whether the leaflet's pages were built (it has no errors).</summary>
    public bool IsBuilt(string slug) => Pages.ContainsKey(slug + ".html");
}
