using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>Output folders a build must never write into (or remove from) are refused before anything is written:
/// one line, exit 2.</summary>
public class RefusedOutputTests
{
    [Theory]
    [InlineData("/", "it is the root of the file system")]
    [InlineData("leaflets", "it holds the leaflet sources;")]
    [InlineData("leaflets/", "it holds the leaflet sources;")]
    [InlineData(".", "it holds the leaflet sources (in 'leaflets')")]
    [InlineData("linked", "it holds the leaflet sources;")]
    [InlineData("words", "it holds the house dictionary 'words/house.txt'")]
    [InlineData("settings", "it holds the configuration 'settings/leaflettool.yaml'")]
    public void An_output_folder_that_is_or_holds_sources_config_or_dictionary_is_refused(string output, string why)
    {
        using var project = new TempFolder();
        var leaflet = File.ReadAllText(
            Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        project.Write("leaflets/cryotherapy-chronic-pain.yaml", leaflet);
        project.Write("settings/leaflettool.yaml", "dictionary: ../words/house.txt\n");
        project.Write("words/house.txt", "cryotherapy\n");
        if (!OperatingSystem.IsWindows())
            File.CreateSymbolicLink(Path.Combine(project.Path, "linked"), Path.Combine(project.Path, "leaflets"));
        var before = Listing(project.Path);

        var result = CliRunner.Run(project.Path, "build", "leaflets", "--config", "settings/leaflettool.yaml",
            "--out", output, "--templates", Path.Combine(Repository.Root(), "templates"), "--as-of", SiteBuild.AsOf);

        if (OperatingSystem.IsWindows() && output == "linked") return; // no link made: nothing to refuse
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith($"leaflet: refusing to build into '{output.TrimEnd('/')}", result.Error,
            StringComparison.Ordinal);
        Assert.Contains(why, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Equal(before, Listing(project.Path));
    }

    [Fact]
    public void The_templates_folder_or_one_holding_it_is_refused()
    {
        using var project = new TempFolder();
        project.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var source = Path.Combine(Repository.Root(), "templates");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            project.Write(Path.Combine("look", "templates", Path.GetRelativePath(source, file)),
                File.ReadAllText(file));
        }

        foreach (var output in new[] { "look/templates", "look" })
        {
            var result = CliRunner.Run(project.Path, "build", "leaflets", "--out", output, "--templates",
                "look/templates", "--as-of", SiteBuild.AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"leaflet: refusing to build into '{output}': it holds the templates", result.Error,
                StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(project.Path, "look", "templates", "wound-care.html")));
    }

    [Fact]
    public void A_folder_beside_or_inside_the_sources_is_a_fine_output_folder()
    {
        using var project = new TempFolder();
        var leaflet = File.ReadAllText(
            Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        project.Write("leaflets/cryotherapy-chronic-pain.yaml", leaflet);

        foreach (var output in new[] { "site", "leaflets/site" })
        {
            var result = CliRunner.Run(project.Path, "build", "leaflets", "--out", output, "--templates",
                Path.Combine(Repository.Root(), "templates"), "--as-of", SiteBuild.AsOf);

            Assert.Equal("", result.Error);
            Assert.True(File.Exists(Path.Combine(project.Path, output, BuildManifest.FileName)));
        }
    }

    private static string[] Listing(string folder) =>
        Directory.GetFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .ToArray();
}
