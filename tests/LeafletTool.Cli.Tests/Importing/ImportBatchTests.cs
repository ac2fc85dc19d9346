using System.Text.Json;

namespace LeafletTool.Cli.Tests.Importing;

public class ImportBatchTests
{
    private static string CaseFile(string name)
        => Path.Combine(Repository.Root(), "tests", "LeafletTool.Core.Tests", "Cases", "import", name);

    /// <summary>A folder "old" with three text leaflets, a note that is not a source, and a Word document that
    /// cannot be read.</summary>
    private static string Library()
    {
        var root = Directory.CreateTempSubdirectory("leaflet-import-batch-").FullName;
        var old = Directory.CreateDirectory(Path.Combine(root, "old")).FullName;
        foreach (var name in new[] { "knee-injection-one-per-line.txt", "cataract-flattened.txt", "blood-test.txt" })
            File.Copy(CaseFile(name), Path.Combine(old, name));
        File.WriteAllText(Path.Combine(old, "notes.md"), "not a leaflet");
        File.WriteAllBytes(Path.Combine(old, "broken.docx"), [0x50, 0x4B, 0x03, 0x04, 0x00]);
        return root;
    }

    [Fact]
    public void A_folder_imports_every_source_in_it_and_a_bad_one_is_reported_without_stopping_the_batch()
    {
        var root = Library();
        var result = CliRunner.Run(root, "import", "old", "--out-dir", "leaflets");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        var failure = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("leaflet: old/broken.docx: ", failure, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Imported old/knee-injection-one-per-line.txt into "
            + "leaflets/steroid-injection-for-knee-pain.yaml: "
            + "6 section(s), 3 contact(s).\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("Imported old/cataract-flattened.txt into leaflets/having-your-cataract-removed.yaml: ",
            result.Out, StringComparison.Ordinal);
        Assert.Contains("3 of 4 source(s) imported into leaflets/; 1 failed (see above).\n", result.Out,
            StringComparison.Ordinal);
        Assert.Contains("Reference formats seen: \\d+/VER\\d+, EYE/\\d+, NWT\\d+/\\d+\n", result.Out,
            StringComparison.Ordinal);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(root, "leaflets"), "*.yaml").Length);
        Assert.False(File.Exists(Path.Combine(root, "leaflets", "notes.yaml")));
    }

    [Fact]
    public void Json_gives_each_source_and_the_pattern_for_the_references_seen()
    {
        var root = Library();
        File.Delete(Path.Combine(root, "old", "broken.docx"));
        var result = CliRunner.Run(root, "import", "old", "--format", "json");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        var imported = json.GetProperty("imported").EnumerateArray().ToList();
        Assert.Equal(3, imported.Count);
        var knee = imported.Single(i => i.GetProperty("source").GetString() == "old/knee-injection-one-per-line.txt");
        Assert.Equal("leaflets/steroid-injection-for-knee-pain.yaml", knee.GetProperty("file").GetString());
        Assert.Equal(("Steroid injection for knee pain", "NWT0425/2023", "2024-02", "2026-02"),
            (knee.GetProperty("title").GetString(), knee.GetProperty("resource_number").GetString(),
            knee.GetProperty("published").GetString(), knee.GetProperty("review").GetString()));
        Assert.Equal((6, 3), (knee.GetProperty("sections").GetInt32(), knee.GetProperty("contacts").GetInt32()));
        Assert.Empty(knee.GetProperty("missing").EnumerateArray());
        Assert.Empty(knee.GetProperty("unplaced").EnumerateArray());
        Assert.Empty(json.GetProperty("failed").EnumerateArray());
        var pattern = json.GetProperty("resource_number_pattern").GetString()!;
        Assert.All(imported, i => Assert.Matches(pattern, i.GetProperty("resource_number").GetString()!));
    }

    [Fact]
    public void Json_lists_unplaced_text_and_failures()
    {
        var root = Library();
        File.Copy(CaseFile("seed-cryotherapy.txt"), Path.Combine(root, "seed.txt"));
        var result = CliRunner.Run(root, "import", "seed.txt", "old/broken.docx", "--format", "json");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        var unplaced = json.GetProperty("imported")[0].GetProperty("unplaced").EnumerateArray()
            .Select(u => (u.GetProperty("line").GetInt32(), u.GetProperty("text").GetString())).ToList();
        Assert.Equal((83, "Contact our Patient Advice and Liaison Service (PALS)"), unplaced[1]);
        Assert.Equal("old/broken.docx", json.GetProperty("failed")[0].GetProperty("source").GetString());
    }

    [Fact]
    public void Two_sources_with_the_same_title_get_two_files_and_a_large_file_is_one_line()
    {
        var root = Library();
        File.Copy(CaseFile("blood-test.txt"), Path.Combine(root, "copy.txt"));
        using (var big = File.Create(Path.Combine(root, "big.txt"))) big.SetLength(51L * 1024 * 1024);
        var result = CliRunner.Run(root, "import", "old/blood-test.txt", "copy.txt", "big.txt");
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(root, "leaflets", "having-a-blood-test.yaml")));
        Assert.True(File.Exists(Path.Combine(root, "leaflets", "having-a-blood-test-2.yaml")));
        Assert.Equal("leaflet: big.txt: The file is 51.0 MB; a source may be at most 50 MB, so it was not read. "
            + "Is this the right file?\n", result.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--nope", "x")]
    public void A_bad_command_line_exits_2(string option, string value)
    {
        var root = Library();
        Assert.Equal(ExitCodes.Usage, CliRunner.Run(root, "import", "old", option, value).ExitCode);
        Assert.False(Directory.Exists(Path.Combine(root, "leaflets")));
    }

    [Fact]
    public void A_folder_with_nothing_to_import_exits_2()
    {
        var root = Directory.CreateTempSubdirectory("leaflet-import-empty-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        var result = CliRunner.Run(root, "import", "empty");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("leaflet: 'empty' has no .txt, .docx, .pdf, .html, .htm files to import", result.Error,
            StringComparison.Ordinal);
    }
}
