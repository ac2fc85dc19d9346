using LeafletTool.Core.Building;
using LeafletTool.Core.Config;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Validation;

namespace LeafletTool.Fuzz;

/// <summary>The two fuzz targets. Each takes a file's bytes as <c>leaflet</c> would read them from
/// <c>leaflets/fuzz.yaml</c>, with the default configuration and a fixed day, so a run is repeatable.</summary>
internal static class Targets
{
    private const string Name = "leaflets/fuzz.yaml";

    /// <summary>The day the checks run on: fixed, so that a date rule finds the same thing every time.</summary>
    private static readonly DateOnly Today = new(2026, 1, 15);

    private static readonly PageFormat[] Formats = [PageFormat.Html, PageFormat.Print, PageFormat.Text];

    /// <summary>What the last input gave, in a few words (for <c>--run</c>).</summary>
    public static string LastSummary { get; private set; } = "";

    /// <summary>Loads the input and runs every rule on it, as <c>leaflet validate</c> does on one file.</summary>
    public static void Validate(byte[] bytes)
    {
        if (Input(bytes) is not { } input) return;
        var outcome = LeafletValidator.Default.Validate([input], Today, jobs: 1).Single();
        foreach (var d in outcome.Diagnostics)
        {
            if (d.Line < 1 || d.Column < 1) throw new InvalidOperationException($"A finding without a place: {d}");
        }

        LastSummary = $"{outcome.Diagnostics.Count} findings"
            + string.Concat(outcome.Diagnostics.Select(d => "\n  " + d));
    }

    /// <summary>Checks the input and renders it (and the index) into memory, as <c>leaflet build</c> does; a
    /// failure of the rendering is a crash, since the templates are the repository's own and work.</summary>
    public static void Build(byte[] bytes)
    {
        if (Input(bytes) is not { } input) return;
        var sink = new MemoryPageSink();
        var options = new SiteBuildOptions(Formats, LargePrint: false, Today, Jobs: 1);
        var result = SiteBuild.Run(LeafletValidator.Default, [input], RepositoryTemplates.Set, options, sink);
        if (result.Failure is { } failure) throw new InvalidOperationException("The build failed", failure);
        LastSummary = $"{result.Diagnostics.Single().Count} findings, built {result.Built}, "
            + $"{sink.Pages.Count} pages";
    }

    /// <summary>The input as the CLI hands it to the core, or null when the CLI would not read it.</summary>
    private static LeafletInput? Input(byte[] bytes)
    {
        if (SourceBytes.Problem(bytes) is { } problem)
        {
            LastSummary = "not read: " + problem;
            return null;
        }

        return LeafletInput.FromUtf8(Name, bytes, ProjectConfig.Default, isTarget: true);
    }
}
