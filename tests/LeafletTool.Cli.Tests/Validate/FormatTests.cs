using System.Text.Json;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>Each output format of validate over the same broken leaflets, as golden files, plus the contract details of
/// each.</summary>
public class FormatTests
{
    private static CliResult ValidateBroken(string format, params string[] extra) =>
        CliRunner.Run(CliRunner.TestsRoot(),
            ["validate", "Cases/broken", "--as-of", "2026-11-23", "--format", format, .. extra]);

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("json", "json")]
    [InlineData("github", "txt")]
    [InlineData("sarif", "sarif.json")]
    public void Broken_leaflets_in_every_format(string format, string extension)
    {
        var result = ValidateBroken(format);
        Assert.Equal(ExitCodes.LeafletErrors, result.ExitCode);
        Assert.Equal("", result.Error);
        Golden.Verify(result.Out, $"broken.{format}", extension);
    }

    [Fact]
    public void Text_output_with_verbose_includes_infos()
    {
        Golden.Verify(ValidateBroken("text", "--verbose").Out, "broken.text-verbose");
    }

    [Fact]
    public void Json_has_exactly_the_fields_of_the_spec()
    {
        using var json = JsonDocument.Parse(ValidateBroken("json").Out);
        var root = json.RootElement;
        Assert.Equal(["diagnostics", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["files", "errors", "warnings", "infos"],
            root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, root.GetProperty("summary").GetProperty("files").GetInt32());
        foreach (var d in root.GetProperty("diagnostics").EnumerateArray())
        {
            var names = d.EnumerateObject().Select(p => p.Name).ToList();
            Assert.Equal(["file", "line", "column", "rule", "severity", "message"], names.Take(6));
            Assert.True(names.Count == 6 || (names.Count == 7 && names[6] == "suggestion"));
            Assert.StartsWith("Cases/broken/", d.GetProperty("file").GetString(), StringComparison.Ordinal);
            Assert.Contains(d.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.NotNull(RuleCatalogue.Find(d.GetProperty("rule").GetString()!));
        }
    }

    [Fact]
    public void Sarif_describes_every_rule_and_locates_every_result()
    {
        using var json = JsonDocument.Parse(ValidateBroken("sarif").Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(RuleCatalogue.All.Select(r => r.Id), rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        foreach (var result in results)
        {
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index], result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("Cases/broken/", location.GetProperty("artifactLocation").GetProperty("uri").GetString(),
                StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.True(location.GetProperty("region").GetProperty("startColumn").GetInt32() >= 1);
        }
    }

    [Fact]
    public void Github_annotations_escape_their_properties_and_data()
    {
        using var folder = new TempFolder();
        folder.Write("a,b/x.yaml", "title: [a]\n");
        var result = CliRunner.Run(folder.Path, "validate", "a,b", "--format", "github", "--as-of", "2026-11-23");
        Assert.Contains("::error file=a%2Cb/x.yaml,line=1,col=8,title=invalid-value::", result.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_coloured_only_on_a_terminal_without_no_color()
    {
        var root = CliRunner.TestsRoot();
        string[] args = ["validate", "Cases/broken", "--as-of", "2026-11-23"];
        Assert.Contains("\u001b[31merror\u001b[0m", CliRunner.Run(root, null, terminal: true, args).Out,
            StringComparison.Ordinal);
        var noColour = new Dictionary<string, string> { ["NO_COLOR"] = "1" };
        Assert.DoesNotContain("\u001b[", CliRunner.Run(root, noColour, terminal: true, args).Out,
            StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(root, null, terminal: false, args).Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_files_asked_about_are_reported_but_the_folder_is_the_corpus()
    {
        var result = CliRunner.Run(CliRunner.TestsRoot(), "validate", "Cases/broken/bad-values.yaml", "--as-of",
            "2026-11-23", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        var files = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => d.GetProperty("file").GetString()).Distinct();
        Assert.Equal(["Cases/broken/bad-values.yaml"], files);
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("files").GetInt32());
    }
}
