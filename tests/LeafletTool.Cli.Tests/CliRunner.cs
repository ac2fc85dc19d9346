using Microsoft.Extensions.Time.Testing;

namespace LeafletTool.Cli.Tests;

/// <summary>
/// Runs the CLI in-process with captured output, a fixed clock and a chosen working folder; or, with
/// <c>LEAFLET_TEST_BINARY</c> set, runs the published binary it names with the same working folder, environment and day
/// (see <see cref="PublishedProgram"/>). A run that pretends its output is a terminal stays in-process: a pipe is not one.
/// </summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

public static class CliRunner
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static CliResult Run(string currentDirectory, params string[] args) => Run(currentDirectory, null, args);

    public static CliResult Run(string currentDirectory, IDictionary<string, string>? environment, params string[] args) =>
        Run(currentDirectory, environment, terminal: false, args);

    public static CliResult Run(string currentDirectory, IDictionary<string, string>? environment, bool terminal, params string[] args)
    {
        if (PublishedProgram.Binary is { } binary && !terminal) return PublishedProgram.RunIsolated(binary, currentDirectory, environment, args);

        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var clock = new FakeTimeProvider(DefaultNow);
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var console = new CliConsole(output, error, OutputIsTerminal: terminal,
            name => environment is not null && environment.TryGetValue(name, out var v) ? v : null,
            clock, currentDirectory);
        var code = LeafletCli.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>The folder of this test project's sources, where the Cases/ fixtures live.</summary>
    public static string TestsRoot() => Path.Combine(RepoRoot(), "tests", "LeafletTool.Cli.Tests");

    /// <summary>
    /// The tests' own copy of the seed (tests/Seed, with leaflets/ inside): run the tool here on "leaflets" so
    /// editors can change the repository's leaflets/ without breaking a test.
    /// </summary>
    public static string SeedRoot() => Path.Combine(RepoRoot(), "tests", "Seed");

    /// <summary>The repository root, found from the test's folder, so tests can use the real leaflets and templates.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LeafletTool.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("LeafletTool.sln not found above " + AppContext.BaseDirectory);
    }
}
