using Microsoft.Extensions.Time.Testing;

namespace LeafletTool.Cli.Tests.Usage;

/// <summary>The progress line as the commands use it: on standard error of a terminal, for text output only, gone
/// before the findings are printed; never in JSON, with --quiet, or when standard error is not a terminal.</summary>
public sealed class ProgressCommandTests
{
    [Theory]
    [InlineData("validate")]
    [InlineData("report")]
    [InlineData("build", "-o", "site")]
    public void Long_work_on_a_terminal_shows_progress_and_leaves_the_output_alone(params string[] command)
    {
        using var folder = Leaflets(12);
        var plain = Run(folder.Path, errorIsTerminal: false, [.. command, "--as-of", "2026-11-23"]);
        var shown = Run(folder.Path, errorIsTerminal: true, [.. command, "--as-of", "2026-11-23"]);
        Assert.Equal(plain.ExitCode, shown.ExitCode);
        if (command[0] != "build") Assert.Equal(plain.Out, shown.Out); // a build's second run finds files unchanged
        Assert.DoesNotContain("\r", shown.Out, StringComparison.Ordinal);
        Assert.Equal("", plain.Error);
        Assert.Contains(" of 12 leaflets", shown.Error, StringComparison.Ordinal);
        Assert.EndsWith("\r\u001b[K", shown.Error, StringComparison.Ordinal); // erased before anything else
    }

    [Theory]
    [InlineData("validate", "-f", "json")]
    [InlineData("validate", "-f", "sarif")]
    [InlineData("validate", "-f", "github")]
    [InlineData("validate", "-q")]
    [InlineData("report", "-f", "json")]
    [InlineData("build", "-o", "site", "-q")]
    public void Machine_readable_or_quiet_output_has_none(params string[] command)
    {
        using var folder = Leaflets(12);
        var shown = Run(folder.Path, errorIsTerminal: true, [.. command, "--as-of", "2026-11-23"]);
        Assert.DoesNotContain("leaflets", shown.Error, StringComparison.Ordinal);
    }

    private static TempFolder Leaflets(int count)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++)
        {
            folder.Write($"leaflets/wound-{i}.yaml",
                ValidLeaflet.Yaml.Replace("1001/VER1", $"{1001 + i}/VER1", StringComparison.Ordinal));
        }

        return folder;
    }

    /// <summary>Runs in-process with a clock that moves on 200 ms each time it is read, so the progress timer fires
    /// as the leaflets are checked.</summary>
    private static CliResult Run(string folder, bool errorIsTerminal, string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var clock = new FakeTimeProvider(CliRunner.DefaultNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(200) };
        clock.SetLocalTimeZone(TimeZoneInfo.Utc);
        var console = new CliConsole(TextWriter.Synchronized(output), TextWriter.Synchronized(error), false,
            _ => null, clock, folder)
        {
            ErrorIsTerminal = errorIsTerminal,
        };
        var code = LeafletCli.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
