using System.Text.Json;
using LeafletTool.Core.Rules;

namespace LeafletTool.Cli.Tests.Importing;

public class ImportCommandTests
{
    private static string Seed
        => Path.Combine(Repository.Root(), "tests", "LeafletTool.Core.Tests", "Cases", "import",
            "seed-cryotherapy.txt");

    /// <summary>A working folder with the real leaflets' settings and house dictionary, and the seed as
    /// old-leaflet.txt.</summary>
    private static string Workspace()
    {
        var root = Directory.CreateTempSubdirectory("leaflet-import-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "leaflets"));
        foreach (var name in new[] { "leaflettool.yaml", "dictionary.txt" })
        {
            File.Copy(Path.Combine(Repository.SeedRoot(), "leaflets", name), Path.Combine(root, "leaflets", name));
        }

        File.Copy(Seed, Path.Combine(root, "old-leaflet.txt"));
        return root;
    }

    [Fact]
    public void The_imported_seed_has_exactly_the_real_findings()
    {
        var root = Workspace();
        var import = CliRunner.Run(root, "import", "old-leaflet.txt");
        Assert.Equal(ExitCodes.Success, import.ExitCode);
        Assert.StartsWith("Imported old-leaflet.txt into leaflets/cryotherapy-to-treat-chronic-pain.yaml: 10 "
            + "section(s), 1 contact(s).\n", import.Out, StringComparison.Ordinal);

        var validate = CliRunner.Run(root, "validate", "leaflets", "--as-of", "2026-11-23", "--format", "json");
        var findings = JsonDocument.Parse(validate.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() is "error" or "warning")
            .Select(d => (Rule: d.GetProperty("rule").GetString()!, Line: d.GetProperty("line").GetInt32(),
            Message: d.GetProperty("message").GetString()!))
            .ToList();

        // The seed's two real defects: the review date (June 2026) has passed, and "cyrotherapy" in the contact
        // section.
        // Each is expected only while its rule is registered, so this test is exact on any branch and needs no edit
        // when the rules arrive: before them, the imported leaflet must have no errors or warnings at all.
        var registered = RuleSet.All.Select(r => r.Info.Id).ToHashSet();
        var expected = new List<(string Rule, int Line)>();
        if (registered.Contains("review-overdue")) expected.Add(("review-overdue", 5));
        if (registered.Contains("spelling-inconsistent")) expected.Add(("spelling-inconsistent", 131));
        Assert.Equal(expected.Order(), findings.Select(f => (f.Rule, f.Line)).Order());
        Assert.All(findings.Where(f => f.Rule.StartsWith("spelling", StringComparison.Ordinal)),
            f => Assert.Contains("cyrotherapy", f.Message, StringComparison.Ordinal));
        Assert.Equal("", validate.Error);
    }

    [Fact]
    public void It_reports_what_it_could_not_place()
    {
        var result = CliRunner.Run(Workspace(), "import", "old-leaflet.txt");
        Assert.Contains("old-leaflet.txt:83: \"Contact our Patient Advice and Liaison Service (PALS)\" could not be "
            + "placed; it is kept as a paragraph in the last section, \"More information\". Move it or delete it.\n",
            result.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 1 source(s) imported into leaflets/.\n", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("resource_number_pattern: '^\\d+/VER\\d+$'\nCheck them with: leaflet validate leaflets\n",
            result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void It_replaces_a_file_only_with_force()
    {
        var root = Workspace();
        var target = Path.Combine(root, "out", "cryotherapy-to-treat-chronic-pain.yaml");
        Directory.CreateDirectory(Path.Combine(root, "out"));
        File.WriteAllText(target, "mine");
        var refused = CliRunner.Run(root, "import", "old-leaflet.txt", "--out-dir", "out");
        Assert.Equal(ExitCodes.LeafletErrors, refused.ExitCode);
        Assert.Equal("leaflet: old-leaflet.txt: out/cryotherapy-to-treat-chronic-pain.yaml already exists; add --force "
            + "to replace it\n", refused.Error);
        Assert.Equal("mine", File.ReadAllText(target));

        var forced = CliRunner.Run(root, "import", "old-leaflet.txt", "--out-dir", "out", "--force");
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.StartsWith("# yaml-language-server", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_exits_2_and_a_file_that_is_not_utf8_is_one_failed_line()
    {
        var root = Workspace();
        var missing = CliRunner.Run(root, "import", "nope.txt");
        Assert.Equal(ExitCodes.Usage, missing.ExitCode);
        Assert.Equal("leaflet: 'nope.txt' does not exist\n", missing.Error);

        File.WriteAllBytes(Path.Combine(root, "latin1.txt"), [0x43, 0x61, 0x66, 0xE9, 0x0A]);
        var latin = CliRunner.Run(root, "import", "latin1.txt");
        Assert.Equal(ExitCodes.LeafletErrors, latin.ExitCode);
        Assert.StartsWith("leaflet: latin1.txt: The file is not UTF-8 text", latin.Error, StringComparison.Ordinal);
        Assert.Single(latin.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_file_name_given_as_the_folder_exits_2_and_writes_nothing()
    {
        var root = Workspace();
        var result = CliRunner.Run(root, "import", "old-leaflet.txt", "-o", "leaflets/seed.yaml");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: --out-dir takes a folder, not a file name: 'leaflets/seed.yaml'. Each leaflet is "
            + "written as DIR/<slug>.yaml, named from its title; give --out-dir leaflets\n", result.Error);
        Assert.False(Path.Exists(Path.Combine(root, "leaflets", "seed.yaml")));

        // A folder that really has that name is still a folder.
        Directory.CreateDirectory(Path.Combine(root, "odd.yml"));
        Assert.Equal(ExitCodes.Success, CliRunner.Run(root, "import", "old-leaflet.txt", "-o", "odd.yml").ExitCode);
        Assert.True(File.Exists(Path.Combine(root, "odd.yml", "cryotherapy-to-treat-chronic-pain.yaml")));
    }
}
