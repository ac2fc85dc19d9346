namespace LeafletTool.Cli.Tests;

public class ValidateRealLeafletTests
{
    [Fact]
    public void The_real_leaflets_load_without_structure_errors()
    {
        var result = CliRunner.Run(Repository.SeedRoot(), "validate", "leaflets", "--as-of", "2026-11-23", "--format",
            "json");
        Assert.DoesNotContain("\"missing-field\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"unknown-field\"", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"yaml-syntax\"", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_one_line_usage_error()
    {
        var result = CliRunner.Run(Repository.Root(), "validate", "no-such-folder");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: 'no-such-folder' does not exist\n", result.Error);
    }
}
