namespace LeafletTool.Cli.Tests.Usage;

/// <summary>A mistyped command, option or flag gets one line saying what was probably meant, and exit 2.</summary>
public sealed class UsageTypoTests
{
    [Theory]
    [InlineData("valdate", "'valdate' is not a leaflet command; did you mean 'validate'?")]
    [InlineData("buidl", "'buidl' is not a leaflet command; did you mean 'build'?")]
    [InlineData("reprot", "'reprot' is not a leaflet command; did you mean 'report'?")]
    [InlineData("validate --fromat json",
        "'--fromat' is not an option of 'leaflet validate'; did you mean '--format'?")]
    [InlineData("validate --warning-as-errors",
        "'--warning-as-errors' is not an option of 'leaflet validate'; did you mean '--warnings-as-errors'?")]
    [InlineData("validate --verbos", "'--verbos' is not an option of 'leaflet validate'; did you mean '--verbose'?")]
    [InlineData("build -o site --larg-print",
        "'--larg-print' is not an option of 'leaflet build'; did you mean '--large-print'?")]
    [InlineData("report --stauts overdue", "'--stauts' is not an option of 'leaflet report'; did you mean '--status'?")]
    [InlineData("schema --outt x.json", "'--outt' is not an option of 'leaflet schema'; did you mean '--out'?")]
    [InlineData("validate --format jsn",
        "'jsn' is not a value of --format (github, json, sarif, text); did you mean 'json'?")]
    [InlineData("report --status overdeu",
        "'overdeu' is not a value of --status (current, due-soon, invalid, overdue); did you mean 'overdue'?")]
    [InlineData("completion bsh", "'bsh' is not a value of SHELL (bash, powershell, pwsh, zsh); did you mean 'bash'?")]
    [InlineData("--verison", "'--verison' is not an option of 'leaflet'; did you mean '--version'?")]
    public void A_mistake_gets_the_nearest_name(string line, string expected)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, line.Split(' '));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"leaflet: {expected}", result.Error.Split('\n')[0]);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void A_word_far_from_every_name_lists_what_there_is()
    {
        using var folder = new TempFolder();
        var command = CliRunner.Run(folder.Path, "xyzzy");
        Assert.Equal(ExitCodes.Usage, command.ExitCode);
        Assert.StartsWith("leaflet: 'xyzzy' is not a leaflet command; the commands are init, validate, build,",
            command.Error);
        var option = CliRunner.Run(folder.Path, "validate", "--xyzzy");
        Assert.Equal("leaflet: '--xyzzy' is not an option of 'leaflet validate'; 'leaflet validate --help' lists "
            + "them.\nRun 'leaflet validate --help' to see its options.\n", option.Error);
    }

    [Fact]
    public void A_file_whose_name_starts_with_a_dash_is_still_a_path()
    {
        using var folder = new TempFolder();
        folder.Write("-wound.yaml", ValidLeaflet.Yaml);
        var named = CliRunner.Run(folder.Path, "validate", "-wound.yaml", "--as-of", "2026-11-23");
        Assert.Equal(ExitCodes.LeafletErrors, named.ExitCode); // its name is not a valid slug: a finding, not a typo
        Assert.Contains("slug-format", named.Out, StringComparison.Ordinal);
        var after = CliRunner.Run(folder.Path, "validate", "--as-of", "2026-11-23", "--", "-fromat");
        Assert.Equal("leaflet: '-fromat' does not exist\n", after.Error);
    }

    [Fact]
    public void Leaflet_alone_shows_the_help_and_succeeds()
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Usage:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Short_forms_work_where_people_expect_them()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound.yaml", ValidLeaflet.Yaml);
        var json = CliRunner.Run(folder.Path, "validate", "-f", "json", "--as-of", "2026-11-23");
        Assert.Equal(ExitCodes.Success, json.ExitCode);
        Assert.StartsWith("{", json.Out, StringComparison.Ordinal);
        var build = CliRunner.Run(folder.Path, "build", "leaflets", "-o", "site", "-v", "-q", "--as-of", "2026-11-23");
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "site", "wound.html")));
        var report = CliRunner.Run(folder.Path, "report", "-f", "csv", "-o", "dates.csv", "-q");
        Assert.Equal(ExitCodes.Success, report.ExitCode);
        Assert.Equal("", report.Error);
        Assert.True(File.Exists(Path.Combine(folder.Path, "dates.csv")));
    }
}
