using LeafletTool.Cli.Output;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Commands;

/// <summary>The last lines of a build: what was built into which folder, and how many leaflets were not.</summary>
internal static class BuildSummary
{
    public static void Write(CliConsole console, string where, BuildOptions options, BuildCounts counts,
        int skipped)
    {
        var leaflets = counts.Leaflets == 1 ? "1 leaflet" : $"{counts.Leaflets} leaflets";
        var formatNames = string.Join(", ", options.Formats.Select(f => f.Name()));
        console.Out.WriteLine(
            $"Built {leaflets} ({formatNames}) into {where}: "
            + $"{counts.Written} files written, {counts.Unchanged} unchanged"
            + (counts.Removed > 0 ? $", {counts.Removed} removed." : "."));
        if (skipped > 0)
        {
            var who = skipped == 1 ? "1 leaflet was" : $"{skipped} leaflets were";
            console.Out.WriteLine($"{who} not built because of the errors above.");
        }
    }
}
