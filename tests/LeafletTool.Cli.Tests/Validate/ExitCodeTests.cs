namespace LeafletTool.Cli.Tests.Validate;

public class ExitCodeTests
{
    [Fact]
    public void Clean_leaflets_exit_0_and_warnings_only_fail_with_warnings_as_errors()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml",
            ValidLeaflet.Yaml.Replace("review: 2027-12", "review: 2026-01", StringComparison.Ordinal));
        var plain = CliRunner.Run(folder.Path, "validate", "leaflets", "--as-of", "2026-11-23");
        Assert.Contains("warning review-overdue", plain.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        var strict = CliRunner.Run(folder.Path, "validate", "leaflets", "--as-of", "2026-11-23",
            "--warnings-as-errors");
        Assert.Equal(ExitCodes.LeafletErrors, strict.ExitCode);
    }

    [Fact]
    public void A_rule_set_to_error_in_config_fails_the_run_and_off_silences_it()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml",
            ValidLeaflet.Yaml.Replace("review: 2027-12", "review: 2026-01", StringComparison.Ordinal));
        folder.Write("leaflets/leaflettool.yaml", "rules:\n  review-overdue: error\n");
        var blocking = CliRunner.Run(folder.Path, "validate", "leaflets", "--as-of", "2026-11-23");
        Assert.Contains("error review-overdue", blocking.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.LeafletErrors, blocking.ExitCode);

        folder.Write("leaflets/leaflettool.yaml", "rules:\n  review-overdue: off\n");
        var silenced = CliRunner.Run(folder.Path, "validate", "leaflets", "--as-of", "2026-11-23");
        Assert.DoesNotContain("review-overdue", silenced.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, silenced.ExitCode);
    }

    [Fact]
    public void Help_describes_every_validate_option()
    {
        var result = CliRunner.Run(Repository.Root(), "validate", "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        foreach (var option
            in new[] { "--format", "--as-of", "--warnings-as-errors", "--verbose", "--config", "--jobs" })
        {
            Assert.Contains(option, result.Out, StringComparison.Ordinal);
        }
    }
}
