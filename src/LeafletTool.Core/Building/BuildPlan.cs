using LeafletTool.Core.Loading;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Building;

/// <summary>What becomes of a checked leaflet in a build.</summary>
public enum BuildFate : byte
{
    /// <summary>It did not load, or has errors: not built, and the findings say why.</summary>
    NotBuilt,

    /// <summary>
    /// Its slug cannot be a file name, or another leaflet was built under it: not built, with a line saying why.
    /// </summary>
    Refused,

    /// <summary>Built.</summary>
    Built,

    /// <summary>
    /// It can be built, but another leaflet asked about has the same slug: the first of them built in file order wins.
    /// </summary>
    SlugShared,
}

/// <summary>
/// Chooses what a build writes: every leaflet asked about that loaded without errors and whose slug is safe
/// and its own. Problems with a slug are printed like diagnostics (<c>FILE:1:1: error build: …</c>).
/// A leaflet whose slug no other file asked about has (nearly all) is decided on its own, as soon as it is
/// checked; of leaflets sharing a slug (ignoring case), the first in file order that can be built is built.
/// </summary>
public sealed class BuildPlan
{
    private readonly HashSet<string> sharedSlugs;

    /// <param name="files">The names of the files asked about.</param>
    public BuildPlan(IEnumerable<string> files)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        sharedSlugs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var slug = LeafletLoader.SlugOf(file);
            if (!seen.Add(slug)) sharedSlugs.Add(slug);
        }
    }

    /// <summary>What becomes of a leaflet as far as it alone can tell, with the reason it is refused.</summary>
    public (BuildFate Fate, string? Problem) Decide(LeafletOutcome outcome)
    {
        if (outcome.HasErrors || outcome.Leaflet is not { } leaflet) return (BuildFate.NotBuilt, null);
        if (OutputNames.Problem(leaflet.Slug) is { } problem) return (BuildFate.Refused, problem);
        return sharedSlugs.Contains(leaflet.Slug) ? (BuildFate.SlugShared, null) : (BuildFate.Built, null);
    }

    /// <summary>Whether another file asked about has this slug (ignoring case).</summary>
    public bool IsShared(string slug) => sharedSlugs.Contains(slug);

    /// <summary>Why a leaflet is not built because an earlier one with the same slug was.</summary>
    public static string AlreadyBuilt(string first, string slug) =>
        $"{first} is already built as {slug}.html, so this leaflet with the same file name is not built; "
        + "rename one of them";

    /// <summary>The line printed for a leaflet refused.</summary>
    public static string Line(string file, string problem) => $"{file}:1:1: error build: {problem}";
}
