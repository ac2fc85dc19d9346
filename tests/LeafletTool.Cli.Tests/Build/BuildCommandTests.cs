namespace LeafletTool.Cli.Tests.Build;

public class BuildCommandTests
{
    private const string Broken = """
        title: Broken leaflet
        resource_number: 1002/VER1
        published: 2025-01
        review: 2027-12
        owner: Surgical nurses
        sections:
          - heading: Only a heading
        contacts:
          - name: Surgical nurses
            phone: 020 7188 1234
        """;

    private static string Leaflets(TempFolder temp, params (string Name, string Yaml)[] files)
    {
        foreach (var (name, yaml) in files) temp.Write(Path.Combine("leaflets", name), yaml);
        return Path.Combine(temp.Path, "leaflets");
    }

    [Fact]
    public void A_leaflet_with_errors_is_not_built_and_its_errors_are_printed_as_validate_prints_them()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var folder = Leaflets(temp, ("wound-care.yaml", ValidLeaflet.Yaml), ("broken.yaml", Broken));
        var result = build.Run(folder);
        var validate = CliRunner.Run(Repository.Root(), "validate", folder, "--as-of", SiteBuild.AsOf);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(validate.Out, result.Out, StringComparison.Ordinal);
        Assert.Contains("broken.yaml:7:5: error missing-field:", result.Out, StringComparison.Ordinal);
        Assert.EndsWith(
            "Built 1 leaflet (html, print, text) into " + build.Out.Replace('\\', '/')
            + ": 4 files written, 0 unchanged.\n"
            + "1 leaflet was not built because of the errors above.\n",
            result.Out, StringComparison.Ordinal);
        Assert.Equal(["index.html", "wound-care.html", "wound-care.print.html", "wound-care.txt"], build.Files());
        Assert.DoesNotContain("Broken leaflet", build.Read("index.html"), StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Formats_choose_the_files_and_the_index_links_only_to_those()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        var result = build.Run(Leaflets(temp, ("wound-care.yaml", ValidLeaflet.Yaml)), "--formats", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["index.html", "wound-care.txt"], build.Files());
        Assert.Contains("<a href=\"wound-care.txt\">Text<span", build.Read("index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("wound-care.html", build.Read("index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html,word", "leaflet: --formats: 'word' is not a format; use any of html, print, text, pdf, or all\n")]
    [InlineData(",", "leaflet: --formats needs at least one of html, print, text, pdf, or all\n")]
    public void Unknown_formats_are_a_usage_error(string formats, string error)
    {
        using var build = new SiteBuild();
        var result = build.Run("leaflets", "--formats", formats);
        Assert.Equal((2, error), (result.ExitCode, result.Error));
        Assert.Empty(build.Files());
    }

    [Fact]
    public void The_output_folder_is_required()
    {
        var result = CliRunner.Run(Repository.SeedRoot(), "build", "leaflets", "--templates",
            Path.Combine(Repository.Root(), "templates"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_templates_folder_that_does_not_exist_is_a_usage_error()
    {
        using var build = new SiteBuild();
        var result = build.Run("leaflets", "--templates", "no-such-templates");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("leaflet: the templates folder 'no-such-templates' does not exist; run the build from the project "
            + "folder, or give one with --templates DIR\n", result.Error);
    }

    [Fact]
    public void An_output_folder_that_is_a_file_is_a_tool_failure()
    {
        using var temp = new TempFolder();
        var file = temp.Write("site", "not a folder");
        var result = CliRunner.Run(Repository.SeedRoot(), "build", "leaflets", "--templates",
            Path.Combine(Repository.Root(), "templates"), "--out", file, "--as-of", SiteBuild.AsOf);
        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"leaflet: cannot build into '{file}': it is a file, not a folder\n", result.Error);
    }

    [Fact]
    public void Nothing_is_built_when_the_configuration_has_errors()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        temp.Write("leaflets/leaflettool.yaml", "review:\n  due_soon_days: lots\n");
        var result = build.Run(Leaflets(temp, ("wound-care.yaml", ValidLeaflet.Yaml)));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leaflettool.yaml:2:18: error invalid-value:", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was built: fix the errors in the configuration first.\n", result.Out,
            StringComparison.Ordinal);
        Assert.Empty(build.Files());
    }

    [Theory]
    [InlineData("index.yaml", "leaflet called \"index\" would overwrite the list of leaflets (index.html)")]
    [InlineData("con.yaml", "\"con\" is a device name on Windows")]
    public void A_slug_that_would_clash_is_not_built(string file, string problem)
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        temp.Write("leaflettool.yaml", "rules:\n  slug-format: off\n");
        var result = build.Run(Leaflets(temp, (file, ValidLeaflet.Yaml)));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:1:1: error build: ", result.Out, StringComparison.Ordinal);
        Assert.Contains(problem, result.Out, StringComparison.Ordinal);
        Assert.Equal(["index.html"], build.Files());
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_can_never_write_outside_the_folder()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        temp.Write("leaflettool.yaml", "rules:\n  slug-format: off\n");
        var result = build.Run(
            Leaflets(temp, ("..%2Fescape.yaml", ValidLeaflet.Yaml),
            ("Wound Care.yaml", ValidLeaflet.Yaml.Replace("1001/", "1003/", StringComparison.Ordinal))));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Wound Care.yaml:1:1: error build: The file name \"Wound Care\" is not a valid slug",
            result.Out, StringComparison.Ordinal);
        Assert.Contains("..%2Fescape.yaml:1:1: error build:", result.Out, StringComparison.Ordinal);
        Assert.Equal(["index.html"], build.Files());
        Assert.Equal(["leaflets", "leaflettool.yaml"],
            Directory.GetFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_leaflets_with_the_same_slug_in_different_folders_are_not_both_built()
    {
        using var temp = new TempFolder();
        using var build = new SiteBuild();
        temp.Write("a/wound-care.yaml", ValidLeaflet.Yaml);
        temp.Write("b/wound-care.yaml", ValidLeaflet.Yaml.Replace("1001/", "1004/", StringComparison.Ordinal));
        var result = build.Run(Path.Combine(temp.Path, "a"), Path.Combine(temp.Path, "b"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("b/wound-care.yaml:1:1: error build: ", result.Out, StringComparison.Ordinal);
        Assert.Contains("a/wound-care.yaml is already built as wound-care.html", result.Out, StringComparison.Ordinal);
    }
}
