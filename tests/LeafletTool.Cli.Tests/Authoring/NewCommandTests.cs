using LeafletTool.Core.Schema;

namespace LeafletTool.Cli.Tests.Authoring;

public class NewCommandTests
{
    private static string TempFolder() => Directory.CreateTempSubdirectory("leaflet-new-").FullName;

    [Fact]
    public void It_writes_the_skeleton_with_the_next_resource_number_and_the_schema_beside_it()
    {
        var root = TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "leaflets"));
        File.Copy(Path.Combine(Repository.Root(), "leaflets", "cryotherapy-chronic-pain.yaml"),
            Path.Combine(root, "leaflets", "cryotherapy-chronic-pain.yaml"));
        var result = CliRunner.Run(root, "new", "knee-pain", "--title", "Knee pain", "--owner", "Physiotherapy");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(
            "Wrote leaflets/knee-pain.yaml with resource number 5374/VER1.\n" +
            "Wrote leaflets/leaflet.schema.json, so editors such as VS Code complete and check the leaflets.\n" +
            "Fill in the lines marked \"Fill in\", then check it with: leaflet validate leaflets/knee-pain.yaml\n",
            result.Out);
        var yaml = File.ReadAllText(Path.Combine(root, "leaflets", "knee-pain.yaml"));
        Assert.Contains("published: 2026-11\n", yaml, StringComparison.Ordinal); // the test clock says 23 November 2026
        Assert.Equal(LeafletSchema.Json, File.ReadAllText(Path.Combine(root, "leaflets", LeafletSchema.FileName)));
    }

    [Fact]
    public void Validate_points_at_each_line_to_fill_in_and_nothing_else()
    {
        var root = TempFolder();
        CliRunner.Run(root, "new", "knee-pain", "--owner", "Physiotherapy");
        var result = CliRunner.Run(root, "validate", "leaflets/knee-pain.yaml", "--format", "json");
        Assert.Equal(3, result.Out.Split("\"rule\": \"missing-field\"").Length - 1);
        Assert.Contains("\"errors\": 3,", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"warnings\": 0,", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaflet_filled_in_validates_and_reports_as_current()
    {
        var root = TempFolder();
        CliRunner.Run(root, "new", "knee-pain", "--owner", "Physiotherapy", "--folder", "team/leaflets");
        var path = Path.Combine(root, "team", "leaflets", "knee-pain.yaml");
        var yaml = File.ReadAllText(path)
            .Replace("  - heading:\n", "  - heading: What is knee pain?\n", StringComparison.Ordinal)
            .Replace("      -\n", "      - Knee pain is common.\n", StringComparison.Ordinal)
            .Replace("    phone:\n", "    phone: 020 7188 4714\n", StringComparison.Ordinal);
        File.WriteAllText(path, yaml);
        Assert.Equal(ExitCodes.Success, CliRunner.Run(root, "validate", "team/leaflets").ExitCode);
        var report = CliRunner.Run(root, "report", "team/leaflets", "--format", "csv");
        Assert.Contains("0001/VER1,Knee pain,Physiotherapy,2026-11,2029-11,current,1103,team/leaflets/knee-pain.yaml",
            report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void It_never_replaces_a_leaflet()
    {
        var root = TempFolder();
        CliRunner.Run(root, "new", "knee-pain", "--owner", "A");
        var path = Path.Combine(root, "leaflets", "knee-pain.yaml");
        File.WriteAllText(path, "edited");
        var result = CliRunner.Run(root, "new", "knee-pain", "--owner", "B");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: leaflets/knee-pain.yaml already exists; choose another slug, or edit that leaflet\n",
            result.Error);
        Assert.Equal("edited", File.ReadAllText(path));
    }

    [Fact]
    public void A_slug_that_is_not_valid_is_refused_with_a_suggestion()
    {
        var root = TempFolder();
        var result = CliRunner.Run(root, "new", "Knee Pain");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: The file name \"Knee Pain\" is not a valid slug: use lower-case letters, digits and "
            + "single hyphens, for example \"knee-pain\"\n", result.Error);
        Assert.False(Directory.Exists(Path.Combine(root, "leaflets")));
    }

    [Theory]
    [InlineData("con", "a device name on Windows")]
    [InlineData("nul", "a device name on Windows")]
    [InlineData("index", "would overwrite the list of leaflets")]
    public void A_name_that_validate_would_refuse_is_never_created(string slug, string why)
    {
        var root = TempFolder();
        var result = CliRunner.Run(root, "new", slug);
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(why, result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "leaflets", slug + ".yaml")));
    }

    [Fact]
    public void A_name_too_long_is_refused_by_new_and_reported_by_validate()
    {
        var root = TempFolder();
        var slug = string.Join('-', Enumerable.Repeat("hip", 30)); // 119 characters
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(root, "new", slug).ExitCode);
        Directory.CreateDirectory(Path.Combine(root, "leaflets"));
        File.WriteAllText(Path.Combine(root, "leaflets", slug + ".yaml"), ValidLeaflet.Yaml);
        var validate = CliRunner.Run(root, "validate", "leaflets");
        Assert.Contains("error slug-format: The file name is 119 characters long", validate.Out,
            StringComparison.Ordinal);
        Assert.Equal(1, validate.ExitCode);
    }

    [Fact]
    public void The_review_interval_comes_from_the_configuration()
    {
        var root = TempFolder();
        Directory.CreateDirectory(Path.Combine(root, "leaflets"));
        File.WriteAllText(Path.Combine(root, "leaflets", "leaflettool.yaml"), "review:\n  max_interval_months: 24\n");
        CliRunner.Run(root, "new", "knee-pain", "--as-of", "2026-01-31");
        var yaml = File.ReadAllText(Path.Combine(root, "leaflets", "knee-pain.yaml"));
        Assert.Contains("published: 2026-01\nreview: 2028-01  # 24 months", yaml, StringComparison.Ordinal);
    }
}
