namespace LeafletTool.Cli.Tests.Validate;

/// <summary>A few runs of the real program in its own process: exit codes and streams as a shell or CI sees
/// them.</summary>
public class ProcessTests
{
    private static CliResult RunProgram(string workingDirectory, params string[] args) =>
        PublishedProgram.RunInherited(workingDirectory, new Dictionary<string, string> { ["NO_COLOR"] = "1" }, args);

    [Fact]
    public void The_program_exits_1_on_errors_2_on_a_bad_command_line_and_0_when_clean()
    {
        var tests = CliRunner.TestsRoot();
        Assert.Equal(1, RunProgram(tests, "validate", "Cases/broken", "--as-of", "2026-11-23").ExitCode);
        var usage = RunProgram(tests, "validate", "Cases/nowhere");
        Assert.Equal(2, usage.ExitCode);
        Assert.Equal("leaflet: 'Cases/nowhere' does not exist", usage.Error.Trim());

        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var clean = RunProgram(folder.Path, "validate", "--as-of", "2026-11-23");
        Assert.Equal(0, clean.ExitCode);
        Assert.Contains("1 file checked", clean.Out, StringComparison.Ordinal);
    }
}
