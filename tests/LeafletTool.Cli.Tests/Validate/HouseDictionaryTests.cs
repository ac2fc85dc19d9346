namespace LeafletTool.Cli.Tests.Validate;

/// <summary>A <c>dictionary:</c> in the config that names a missing file is reported, not silently ignored (every
/// house word would otherwise be a spelling warning with no reason given).</summary>
public class HouseDictionaryTests
{
    [Theory]
    [InlineData("words.txt")]
    [InlineData("dictionary.txt")] // the default name, written out: still named, so still reported
    public void A_dictionary_the_config_names_that_does_not_exist_is_an_invalid_value(string name)
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflettool.yaml", $"dictionary: {name}\n");
        var result = CliRunner.Run(folder.Path, "validate", "leaflets");
        Assert.Contains($"leaflettool.yaml:1:13: error invalid-value: The house dictionary \"{name}\" does not exist",
            result.Out, StringComparison.Ordinal);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void No_dictionary_line_and_no_file_is_fine()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflettool.yaml", "due_soon_days: 60\n");
        var result = CliRunner.Run(folder.Path, "validate", "leaflets");
        Assert.DoesNotContain("house dictionary", result.Out, StringComparison.Ordinal);
    }
}
