using LeafletTool.Cli.Progress;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Files;

/// <summary>
/// The result of checking the leaflets named on the command line: what the command kept of each file asked
/// about (in the order of the files), and every finding.
/// </summary>
public sealed record CheckRun<T>(IReadOnlyList<T> Files, IReadOnlyList<Diagnostic> ConfigDiagnostics,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public int FileCount => Files.Count;
}

/// <summary>The leaflet sources and configurations that PATH arguments name, read but not yet checked.</summary>
public sealed record WorkspaceInputs(IReadOnlyList<LeafletInput> Inputs, IReadOnlyList<LoadedConfig> Configs)
{
    /// <summary>The facts of the files not among the inputs, from the corpus index (<see cref="CorpusIndex"/>).
    /// </summary>
    public Core.Rules.CorpusSeed? Seed { get; init; }

    /// <summary>The problems of every configuration file, in the order the folders were met.</summary>
    public IReadOnlyList<Diagnostic> ConfigDiagnostics => Configs.SelectMany(c => c.Diagnostics).ToList();
}

/// <summary>The one place that goes from PATH arguments to checked leaflets: find, read, configure, validate.</summary>
public static class Workspace
{
    /// <summary>
    /// Megabytes of leaflet source up to which a check loads each leaflet once and keeps it loaded between its two
    /// passes; above it, each leaflet is loaded twice and let go (less memory, a little more time). Default 16; 0:
    /// always twice.
    /// </summary>
    public const string KeepLoadedVariable = "LEAFLET_KEEP_LOADED_MB";

    /// <summary>
    /// Megabytes of leaflet source up to which a check reads every file once, at the start, and keeps the bytes in
    /// memory through both passes; above it, no source is kept: each file is read when it is loaded, in each pass
    /// (memory no longer grows with the sources; a file saved during the check is reported, not mixed). Default 256.
    /// </summary>
    public const string KeepSourcesVariable = "LEAFLET_KEEP_SOURCES_MB";

    /// <summary>The default of <see cref="KeepSourcesVariable"/>: 256 MB, about 30,000 leaflets of 1,000
    /// words.</summary>
    public const long DefaultSourceBudget = 256L * 1024 * 1024;

    /// <summary>The budget of <see cref="KeepSourcesVariable"/> in bytes when it is set to a whole number, else the
    /// default.</summary>
    public static long SourceBudget(Func<string, string?> environment) =>
        long.TryParse(environment(KeepSourcesVariable), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var megabytes)
        && megabytes <= int.MaxValue
            ? megabytes * 1024 * 1024
            : DefaultSourceBudget;

    /// <summary>The validator, with the budget of <see cref="KeepLoadedVariable"/> when it is set to a whole
    /// number.</summary>
    public static LeafletValidator Validator(Func<string, string?> environment) =>
        long.TryParse(environment(KeepLoadedVariable), System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var megabytes)
        && megabytes <= int.MaxValue
            ? new LeafletValidator(Core.Rules.RuleSet.All) { KeptSourceBudget = megabytes * 1024 * 1024 }
            : LeafletValidator.Default;

    /// <summary>Finds, reads and checks; keeps only what <paramref name="keep"/> makes of each outcome (called on
    /// several threads).</summary>
    public static CheckRun<T> Check<T>(LeafletValidator validator, IReadOnlyList<string> paths, string? configPath,
        DateOnly today, string currentDirectory, int jobs,
        Func<LeafletOutcome, T> keep, long sourceBudget = DefaultSourceBudget, ProgressLine? progress = null,
        Func<string, string?>? environment = null)
    {
        var read = Read(paths, configPath, currentDirectory, jobs, sourceBudget, environment);
        return Check(validator, read, today, jobs, Counted(read, keep, progress));
    }

    /// <summary>Validates sources already read, keeping only what <paramref name="keep"/> makes of each
    /// outcome.</summary>
    public static CheckRun<T> Check<T>(LeafletValidator validator, WorkspaceInputs read, DateOnly today, int jobs,
        Func<LeafletOutcome, T> keep)
    {
        var kept = validator.Validate(read.Inputs, today, jobs, o => (o.Diagnostics, Kept: keep(o)), read.Seed);
        var configDiagnostics = read.ConfigDiagnostics;
        return new CheckRun<T>(kept.Select(k => k.Kept).ToList(), configDiagnostics,
            AllDiagnostics(configDiagnostics, kept.Select(k => k.Diagnostics)));
    }

    /// <summary>Finds, reads and checks, and keeps nothing but what <paramref name="keep"/> makes of each outcome
    /// (called on several threads), not even the findings.</summary>
    public static IReadOnlyList<T> Collect<T>(LeafletValidator validator, IReadOnlyList<string> paths,
        string? configPath, DateOnly today, string currentDirectory, int jobs,
        Func<LeafletOutcome, T> keep, long sourceBudget = DefaultSourceBudget, ProgressLine? progress = null)
    {
        var read = Read(paths, configPath, currentDirectory, jobs, sourceBudget);
        return validator.Validate(read.Inputs, today, jobs, Counted(read, keep, progress));
    }

    /// <summary><paramref name="keep"/>, counting each leaflet checked on <paramref name="progress"/>.</summary>
    private static Func<LeafletOutcome, T> Counted<T>(WorkspaceInputs read, Func<LeafletOutcome, T> keep,
        ProgressLine? progress)
    {
        if (progress is null) return keep;
        progress.Total = SourceList.TargetsOf(read.Inputs).Count;
        return outcome =>
        {
            progress.Advance();
            return keep(outcome);
        };
    }

    /// <summary>Every finding to show, configuration problems first, then by file, line and column.</summary>
    public static IReadOnlyList<Diagnostic> AllDiagnostics(IReadOnlyList<Diagnostic> configDiagnostics,
        IEnumerable<IReadOnlyList<Diagnostic>> byFile) =>
        configDiagnostics.Concat(byFile.SelectMany(d => d)).Order(Diagnostic.Order).ToList();

    /// <summary>
    /// Finds the files, reads them (in parallel) and the configuration of each folder. When the files add up to
    /// more than <paramref name="sourceBudget"/> bytes, none is read here: each is read when it is loaded.
    /// </summary>
    public static WorkspaceInputs Read(IReadOnlyList<string> paths, string? configPath, string currentDirectory,
        int jobs = 0, long sourceBudget = DefaultSourceBudget, Func<string, string?>? environment = null)
    {
        var files = PathResolver.Resolve(paths, currentDirectory);
        var configs = new ConfigLocator(currentDirectory, configPath);
        var options = Jobs.Options(jobs);
        // Some files of a folder asked about: the others' facts from the corpus index, when given an environment.
        var index = environment is not null && files.Any(f => !f.IsTarget)
            ? CorpusIndex.PathFor(files.Select(f => f.Directory).Distinct(PathNames.Comparer), environment)
            : null;
        var seed = index is null ? null : CorpusIndex.Seed(files, index, options);
        if (seed is not null) files = files.Where(f => f.IsTarget).ToList();
        var lengths = new long[files.Count];
        Parallel.For(0, files.Count, options,
            i => lengths[i] = files[i].Length >= 0 ? files[i].Length : LengthOf(files[i].FullPath));
        if (lengths.Sum() > sourceBudget)
        {
            return new WorkspaceInputs(OnDemand(files, lengths, configs), configs.Loaded.ToList()) { Seed = seed };
        }

        var inputs = new LeafletInput[files.Count];
        Parallel.For(0, files.Count, options, i =>
        {
            var file = files[i];
            var config = configs.ForFolder(file.Directory).Config;
            // Kept as UTF-8 bytes: the sources stay in memory through both passes of the check.
            var (utf8, problem) = SourceReader.ReadUtf8(file.FullPath, file.Directory);
            inputs[i] = utf8 is null
                ? LeafletInput.Unreadable(file.DisplayName, config, file.IsTarget, problem!)
                : LeafletInput.FromUtf8(file.DisplayName, utf8, config, file.IsTarget);
        });

        return new WorkspaceInputs(inputs, configs.Loaded.ToList()) { Seed = seed };
    }

    /// <summary>The files as sources read each time they are loaded, each folder's by one reader, kept compact
    /// (<see cref="SourceList"/>).</summary>
    private static SourceList OnDemand(IReadOnlyList<LeafletFile> files, long[] lengths, ConfigLocator configs)
    {
        var folders = new Dictionary<string, FolderSources>(PathNames.Comparer);
        var sources = new SourceList(files.Count);
        var (typed, shown) = ("", "");
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var directory = file.Directory;
            if (!folders.TryGetValue(directory, out var folder))
            {
                folders.Add(directory, folder = new FolderSources(directory));
            }

            var config = configs.ForFolder(directory).Config;
            if (file.Typed is not null)
            {
                LeafletInput.OnDemand reader = folder.Reads(file) ? folder : new FolderSources.OneFile(file.FullPath);
                sources.Add(file.Typed, lengths[i], reader, config, file.IsTarget);
                continue;
            }

            // The folder as typed, once for the files that share it: no name is made for a file of a listing.
            if (!ReferenceEquals(typed, file.DisplayFolder))
            {
                typed = file.DisplayFolder;
                shown = typed.Length == 0 || typed.EndsWith('/') ? typed : typed + "/";
            }

            sources.Add(shown, file.FileName, lengths[i], folder, config, file.IsTarget);
        }

        return sources;
    }

    private static long LengthOf(string fullPath)
    {
        try
        {
            return new FileInfo(fullPath).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0; // read later, where the problem is reported
        }
    }
}
