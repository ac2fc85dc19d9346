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

/// <summary>The one place that goes from PATH arguments to checked leaflets: find, read, configure, validate.</summary>
public static class Workspace
{
    public static CheckRun Check(IReadOnlyList<string> paths, string? configPath, DateOnly today, string currentDirectory, int jobs = 0)
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

        var outcomes = LeafletValidator.Default.Validate(inputs, today, jobs);
        return new CheckRun(outcomes, configs.Loaded.SelectMany(c => c.Diagnostics).ToList());
    }
}
