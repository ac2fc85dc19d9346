namespace LeafletTool.Cli.Tests.Build;

/// <summary>Runs <c>leaflet build</c> from the repository root (so the real templates are used) into a scratch
/// folder.</summary>
public sealed class SiteBuild : IDisposable
{
    public const string AsOf = "2026-11-23";

    private readonly TempFolder folder = new();

    public string Out => Path.Combine(folder.Path, "site");

    public CliResult Run(params string[] args) =>
        CliRunner.Run(Repository.SeedRoot(), ["build", .. args, .. Templates(args), "--out", Out, "--as-of", AsOf]);

    /// <summary>The repository's templates, unless the test names its own: the seed folder has none.</summary>
    private static string[] Templates(string[] args) =>
        args.Contains("--templates") ? [] : ["--templates", Path.Combine(Repository.Root(), "templates")];

    public static string Case(string name) => Path.Combine(CliRunner.TestsRoot(), "Cases", "build", name);

    public string Read(string name) => File.ReadAllText(Path.Combine(Out, name));

    public string[] Files() => Directory.Exists(Out)
        ? Directory.GetFiles(Out).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray()
        : [];

    public void Dispose() => folder.Dispose();
}
