using LeafletTool.Core.Rendering;

namespace LeafletTool.Core.Building;

/// <summary>
/// What a site build makes: the formats (in <see cref="PageFormat"/> order), whether the clear-print page is in
/// large print, the date review status is judged on, and how many leaflets are checked and rendered at once
/// (0: one a processor).
/// </summary>
public sealed record SiteBuildOptions(IReadOnlyList<PageFormat> Formats, bool LargePrint, DateOnly AsOf, int Jobs);
