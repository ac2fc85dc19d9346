using LeafletTool.Core.Building;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Output;

/// <summary>What a build was asked for, besides the leaflets.</summary>
public sealed record BuildOptions(
    IReadOnlyList<PageFormat> Formats, bool LargePrint, DateOnly AsOf, int Jobs, string? Chromium)
{
    /// <summary>What the site build in Core needs of these.</summary>
    public SiteBuildOptions Site => new(Formats, LargePrint, AsOf, Jobs);
}

/// <summary>How many leaflets were built, how many files were written or left as they were, and how many outputs no
/// longer built were removed.</summary>
public sealed record BuildCounts(int Leaflets, int Written, int Unchanged, int Removed = 0);
