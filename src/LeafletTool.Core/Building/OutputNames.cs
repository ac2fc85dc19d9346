using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Building;

/// <summary>
/// The check that a slug is safe to use as a file name on every platform: the same test as <c>slug-format</c>
/// (<see cref="Slugs"/>), so <c>build</c> refuses exactly what <c>validate</c> reports. (The names themselves, from
/// <c>&lt;slug&gt;.html</c> to <c>index.html</c>, are <see cref="PageFormats.FileName"/> and <see
/// cref="PageFormats.IndexFile"/>.)
/// </summary>
public static class OutputNames
{
    /// <summary>Why a slug cannot be used for output files, or null when it can.</summary>
    public static string? Problem(string slug) =>
        Slugs.Problem(slug) is var (problem, _) ? $"{problem.TrimEnd('.')}; it is not built" : null;
}
