using LeafletTool.Cli.Output;

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

    /// <summary>The files in the output folder but the record of them (<see cref="BuildManifest"/>).</summary>
    public string[] Files() => Outputs(Out);

    /// <summary>The files in a folder but the build's record of them, in order.</summary>
    public static string[] Outputs(string folder) => Directory.Exists(folder)
        ? Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Where(f => f != BuildManifest.FileName)
            .Order(StringComparer.Ordinal).ToArray()
        : [];

    public void Dispose() => folder.Dispose();
}
