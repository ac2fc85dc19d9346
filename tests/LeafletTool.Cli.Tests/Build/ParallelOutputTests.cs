using System.Text.Json;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>Checking and building on several threads gives exactly what one thread gives: the same bytes, findings in
/// file, line, column order.</summary>
public class ParallelOutputTests
{
    [Fact]
    public void Validate_on_one_thread_and_on_four_prints_the_same_findings_sorted_by_file_line_and_column()
    {
        using var corpus = Corpus();

        var one = CliRunner.Run(corpus.Path, "validate", "leaflets", "--format", "json", "--as-of", SiteBuild.AsOf,
            "--jobs", "1");
        var four = CliRunner.Run(corpus.Path, "validate", "leaflets", "--format", "json", "--as-of", SiteBuild.AsOf,
            "--jobs", "4");

        Assert.Equal(one.Out, four.Out);
        var found = JsonDocument.Parse(one.Out).RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (File: d.GetProperty("file").GetString()!, Line: d.GetProperty("line").GetInt32(),
            Column: d.GetProperty("column").GetInt32()))
            .ToList();
        Assert.True(found.Select(d => d.File).Distinct().Count() >= 10,
            "the corpus should give findings in many files");
        var sorted = found.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ToList();
        Assert.Equal(sorted, found);
    }

    [Fact]
    public void Build_on_one_thread_and_on_four_writes_byte_identical_files()
    {
        using var corpus = Corpus();
        var outOne = System.IO.Path.Combine(corpus.Path, "one");
        var outFour = System.IO.Path.Combine(corpus.Path, "four");
        var templates = System.IO.Path.Combine(Repository.Root(), "templates");

        var one = CliRunner.Run(corpus.Path, "build", "leaflets", "--out", outOne, "--templates", templates, "--as-of",
            SiteBuild.AsOf, "--jobs", "1");
        var four = CliRunner.Run(corpus.Path, "build", "leaflets", "--out", outFour, "--templates", templates,
            "--as-of", SiteBuild.AsOf, "--jobs", "4");

        Assert.Equal(one.ExitCode, four.ExitCode);
        Assert.Equal(one.Out.Replace(" into one:", " into four:", StringComparison.Ordinal), four.Out);
        var names = Directory.GetFiles(outOne).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(names,
            Directory.GetFiles(outFour).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToList());
        Assert.True(names.Count > 3 * 10, "most leaflets should be built");
        foreach (var name in names)
        {
            Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(outOne, name!)),
                File.ReadAllBytes(System.IO.Path.Combine(outFour, name!)));
        }
    }

    /// <summary>Sixteen copies of the real leaflet, each with a different misspelling on a different line, and two
    /// sharing a resource number.</summary>
    internal static TempFolder Corpus()
    {
        var folder = new TempFolder();
        foreach (var shared in new[] { "leaflettool.yaml", "dictionary.txt" })
        {
            folder.Write($"leaflets/{shared}",
                File.ReadAllText(System.IO.Path.Combine(Repository.SeedRoot(), "leaflets", shared)));
        }

        var source = File.ReadAllText(
            System.IO.Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        string[] typos = ["recieve", "anaesthetc", "proceedure", "hosptial"];
        for (var i = 0; i < 16; i++)
        {
            var lines = source.Split('\n');
            var line = Array.FindIndex(lines, 20 + i * 3,
                l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)
                && l.Contains(" the ", StringComparison.Ordinal));
            if (line >= 0)
                lines[line] = lines[line].Replace(" the ", $" the {typos[i % typos.Length]} ",
                    StringComparison.Ordinal);
            var text = string.Join('\n', lines);
            text = text.Replace("resource_number: 5373/VER1", $"resource_number: {6000 + (i % 15)}/VER1",
                StringComparison.Ordinal);
            folder.Write($"leaflets/leaflet-{i:D2}.yaml", text);
        }

        return folder;
    }
}
