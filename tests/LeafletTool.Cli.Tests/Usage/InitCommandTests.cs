namespace LeafletTool.Cli.Tests.Usage;

/// <summary><c>leaflet init</c>: a folder that checks cleanly, and never a file replaced.</summary>
public sealed class InitCommandTests
{
    private static readonly string[] Written =
    [
        "leaflettool.yaml", "dictionary.txt", "leaflets/leaflet.schema.json", ".vscode/extensions.json",
        ".vscode/settings.json", "leaflets/first-leaflet.yaml",
    ];

    [Fact]
    public void An_empty_folder_becomes_one_that_validates_and_builds_cleanly()
    {
        using var folder = new TempFolder();
        var init = CliRunner.Run(folder.Path, "init");
        Assert.Equal(ExitCodes.Success, init.ExitCode);
        foreach (var file in Written)
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, file)), file);
            Assert.Contains($"Wrote {file}", init.Out, StringComparison.Ordinal);
        }

        var check = CliRunner.Run(folder.Path, "validate", "-v");
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.EndsWith("1 file checked: 0 errors, 0 warnings, 0 infos.\n", check.Out, StringComparison.Ordinal);
        var build = CliRunner.Run(folder.Path, "build", "-o", "site");
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.Path, "site", "first-leaflet.html")));
        Assert.Contains("\"redhat.vscode-yaml\"",
            File.ReadAllText(Path.Combine(folder.Path, ".vscode", "extensions.json")), StringComparison.Ordinal);
        Assert.Contains("\"./leaflets/leaflet.schema.json\": \"leaflets/*.yaml\"",
            File.ReadAllText(Path.Combine(folder.Path, ".vscode", "settings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Twice_keeps_every_file_and_says_so()
    {
        using var folder = new TempFolder();
        Assert.Equal(ExitCodes.Success, CliRunner.Run(folder.Path, "init").ExitCode);
        var config = Path.Combine(folder.Path, "leaflettool.yaml");
        File.WriteAllText(config, "organisation: Kept NHS Trust\n");
        var again = CliRunner.Run(folder.Path, "init");
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Equal("organisation: Kept NHS Trust\n", File.ReadAllText(config));
        Assert.DoesNotContain("Wrote", again.Out, StringComparison.Ordinal);
        Assert.Contains("Kept leaflettool.yaml, dictionary.txt, leaflets/leaflet.schema.json", again.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_leaflets_gets_no_first_leaflet_and_another_folder_can_be_named()
    {
        using var folder = new TempFolder();
        folder.Write("trust/leaflets/wound.yaml", ValidLeaflet.Yaml);
        var init = CliRunner.Run(folder.Path, "init", "trust");
        Assert.Equal(ExitCodes.Success, init.ExitCode);
        Assert.Contains("Wrote trust/leaflettool.yaml", init.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder.Path, "trust", "leaflets", "first-leaflet.yaml")));
        Assert.Contains("cd trust", init.Out, StringComparison.Ordinal);
        folder.Write("a-file", "");
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(folder.Path, "init", "a-file").ExitCode);
    }
}
