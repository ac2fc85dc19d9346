using LeafletTool.Cli.Files;
using LeafletTool.Core.Building;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Output;

/// <summary>What a build was asked for, besides the leaflets.</summary>
public sealed record BuildOptions(
    IReadOnlyList<PageFormat> Formats, bool LargePrint, DateOnly AsOf, int Jobs, string? Chromium)
{
    /// <summary>What the site build in Core needs of these.</summary>
    public SiteBuildOptions Site => new(Formats, LargePrint, AsOf, Jobs);

    /// <summary>
    /// Bytes of leaflet source up to which a build reads every file once and keeps it through both passes: about
    /// 3,000 leaflets. Above it each file is read when it is loaded, in each pass, for about the same processor time:
    /// on 10,000 leaflets (104 MB of YAML) the sources kept were a third of the build's peak memory.
    /// </summary>
    public const long DefaultSourceBudget = 32L * 1024 * 1024;

    /// <summary>The build's source budget: <see cref="Workspace.KeepSourcesVariable"/> when it is set, else
    /// <see cref="DefaultSourceBudget"/>.</summary>
    public static long SourceBudget(Func<string, string?> environment) =>
        environment(Workspace.KeepSourcesVariable) is null
            ? DefaultSourceBudget
            : Workspace.SourceBudget(environment);
}

/// <summary>How many leaflets were built, how many files were written or left as they were, and how many outputs no
/// longer built were removed.</summary>
public sealed record BuildCounts(int Leaflets, int Written, int Unchanged, int Removed = 0);
