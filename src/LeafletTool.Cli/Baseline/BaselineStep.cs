using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Baseline;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Baseline;

/// <summary>
/// <c>--baseline FILE</c> and <c>--update-baseline</c> of <c>leaflet validate</c>: the last step before the findings
/// are printed, applied to the final list (so findings from every other option are matched too).
/// </summary>
public static class BaselineStep
{
    public static Option<string?> BaselineOption() => new("--baseline")
    {
        Description = "Show only findings not in this baseline file (known findings are counted in the summary)",
        HelpName = "FILE",
    };

    public static Option<bool> UpdateOption() => new("--update-baseline")
    {
        Description = "Write the current findings to the baseline file (--baseline FILE, or "
            + BaselineFile.DefaultName + ") and exit 0",
    };

    /// <summary>
    /// The findings to show and how many the baseline hid; with no baseline asked for, all of them. With
    /// <paramref name="update"/>, writes the baseline, says so on <see cref="CliConsole.Out"/> and returns null: the
    /// command then ends with exit 0.
    /// </summary>
    public static BaselineResult? Apply(string? baseline, bool update, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<string> paths, CliConsole console)
    {
        if (baseline is null && !update) return new BaselineResult(diagnostics, null);
        var shownAs = baseline ?? BaselineFile.DefaultName;
        var fullPath = Path.GetFullPath(shownAs, console.CurrentDirectory);
        var sources = new SourceLines(console.CurrentDirectory);
        var entries = FindingKeys.For(diagnostics, d => sources.Relative(d.File), d => sources.Line(d.File, d.Line));
        if (!update) return BaselineFilter.Apply(diagnostics, entries, BaselineFile.Read(fullPath, shownAs));

        var checkedFiles = PathResolver.Resolve(paths, console.CurrentDirectory)
            .Where(f => f.IsTarget)
            .Select(f => sources.Relative(f.FullPath))
            .ToHashSet(PathNames.Comparer);
        var written = BaselineFilter.Update(BaselineFile.ReadIfUsable(fullPath), entries,
            file => !checkedFiles.Contains(file) && sources.Exists(file));
        BaselineFile.Write(fullPath, written);
        var count = written.Count == 1 ? "1 known finding" : $"{written.Count} known findings";
        console.Out.WriteLine($"{PathNames.Normalise(shownAs)}: wrote {count} (the baseline).");
        return null;
    }
}
