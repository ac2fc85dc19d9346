using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Files;

/// <summary>The result of checking the leaflets named on the command line.</summary>
public sealed record CheckRun(IReadOnlyList<LeafletOutcome> Outcomes, IReadOnlyList<Diagnostic> ConfigDiagnostics)
{
    /// <summary>Every finding to show, configuration problems first, then by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; } =
        ConfigDiagnostics.Concat(Outcomes.SelectMany(o => o.Diagnostics)).Order(Diagnostic.Order).ToList();

    public int FileCount => Outcomes.Count;
}

/// <summary>The leaflet sources and configurations that PATH arguments name, read but not yet checked.</summary>
public sealed record WorkspaceInputs(IReadOnlyList<LeafletInput> Inputs, IReadOnlyList<LoadedConfig> Configs);

/// <summary>The one place that goes from PATH arguments to checked leaflets: find, read, configure, validate.</summary>
public static class Workspace
{
    public static CheckRun Check(IReadOnlyList<string> paths, string? configPath, DateOnly today, string currentDirectory, int jobs = 0) =>
        Check(Read(paths, configPath, currentDirectory, jobs), today, jobs);

    /// <summary>Validates sources already read.</summary>
    public static CheckRun Check(WorkspaceInputs read, DateOnly today, int jobs = 0)
    {
        var outcomes = LeafletValidator.Default.Validate(read.Inputs, today, jobs);
        return new CheckRun(outcomes, read.Configs.SelectMany(c => c.Diagnostics).ToList());
    }

    /// <summary>Finds the files, reads them (in parallel) and the configuration of each folder.</summary>
    public static WorkspaceInputs Read(IReadOnlyList<string> paths, string? configPath, string currentDirectory, int jobs = 0)
    {
        var files = PathResolver.Resolve(paths, currentDirectory);
        var configs = new ConfigLocator(currentDirectory, configPath);
        var inputs = new LeafletInput[files.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };
        Parallel.For(0, files.Count, options, i =>
        {
            var file = files[i];
            var config = configs.ForFolder(file.Directory).Config;
            var (text, problem) = SourceReader.Read(file.FullPath);
            inputs[i] = new LeafletInput(file.DisplayName, text, config, file.IsTarget, problem);
        });

        return new WorkspaceInputs(inputs, configs.Loaded.ToList());
    }
}
