using System.Diagnostics;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>A few runs of the real program in its own process: exit codes and streams as a shell or CI sees them.</summary>
public class ProcessTests
{
    private static (int Code, string Out, string Error) RunProgram(string workingDirectory, params string[] args)
    {
        var program = typeof(LeafletCli).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the program did not finish within a minute");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void The_program_exits_1_on_errors_2_on_a_bad_command_line_and_0_when_clean()
    {
        var tests = CliRunner.TestsRoot();
        Assert.Equal(1, RunProgram(tests, "validate", "Cases/broken", "--as-of", "2026-11-23").Code);
        var usage = RunProgram(tests, "validate", "Cases/nowhere");
        Assert.Equal(2, usage.Code);
        Assert.Equal("leaflet: 'Cases/nowhere' does not exist", usage.Error.Trim());

        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var clean = RunProgram(folder.Path, "validate", "--as-of", "2026-11-23");
        Assert.Equal(0, clean.Code);
        Assert.Contains("1 file checked", clean.Out, StringComparison.Ordinal);
    }
}
