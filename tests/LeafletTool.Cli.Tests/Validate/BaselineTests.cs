using System.Text.Json;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>
/// <c>--update-baseline</c> and <c>--baseline</c> on copies of the real sample leaflet with typos put in: known
/// findings stay hidden when lines move, a new one shows, a fixed one leaves the file.
/// </summary>
public class BaselineTests
{
    private const string Baseline = "leaflettool-baseline.json";

    // Four copies of the sample, each with the same slips (and a fifth word in the first): about a hundred findings.
    private static TempFolder Library()
    {
        var folder = new TempFolder();
        foreach (var name in new[] { "leaflettool.yaml", "dictionary.txt" })
        {
            folder.Write("lib/" + name, Repository.ReadSeed("leaflets", name));
        }

        var sample = Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml");
        for (var i = 1; i <= 4; i++)
        {
            var text = sample.Replace("treatment", "treatmnet", StringComparison.Ordinal)
                .Replace("usually", "usualy", StringComparison.Ordinal);
            if (i == 1) text = text.Replace("cryotherapy probe to freeze", "cryotherapy prboe to freeze",
                StringComparison.Ordinal);
            folder.Write($"lib/leaflet-{i}.yaml", text);
        }

        return folder;
    }

    private static CliResult Validate(TempFolder folder, params string[] more) =>
        CliRunner.Run(folder.Path, ["validate", "lib", "--as-of", "2026-11-23", .. more]);

    private static JsonElement Json(CliResult result) => JsonDocument.Parse(result.Out).RootElement.Clone();

    private static string BaselineText(TempFolder folder) =>
        File.ReadAllText(Path.Combine(folder.Path, Baseline));

    [Fact]
    public void Known_findings_stay_hidden_when_lines_move_and_only_the_new_typo_shows()
    {
        using var folder = Library();
        var before = Json(Validate(folder, "--format", "json")).GetProperty("diagnostics").GetArrayLength();
        Assert.InRange(before, 40, 200);

        var update = Validate(folder, "--update-baseline");
        Assert.Equal(ExitCodes.Success, update.ExitCode);
        Assert.Equal($"{Baseline}: wrote {before} known findings (the baseline).\n", update.Out);
        Assert.Contains("{\"file\": \"lib/leaflet-1.yaml\", \"rule\": ", BaselineText(folder),
            StringComparison.Ordinal);

        var clean = Validate(folder, "--baseline", Baseline, "--format", "json");
        Assert.Equal(ExitCodes.Success, clean.ExitCode);
        Assert.Equal(0, Json(clean).GetProperty("diagnostics").GetArrayLength());
        Assert.Equal(before, Json(clean).GetProperty("summary").GetProperty("baselined").GetInt32());

        var path = Path.Combine(folder.Path, "lib", "leaflet-3.yaml");
        var comments = string.Concat(Enumerable.Range(1, 10).Select(n => $"# added note {n}\n"));
        File.WriteAllText(path, comments + File.ReadAllText(path).Replace("freeze these nerves",
            "freeze thsee nerves", StringComparison.Ordinal));
        var moved = Validate(folder, "--baseline", Baseline, "--format", "json");
        var shown = Assert.Single(Json(moved).GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("lib/leaflet-3.yaml", shown.GetProperty("file").GetString());
        Assert.Equal(22, shown.GetProperty("line").GetInt32());
        Assert.Contains("thsee", shown.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, Json(moved).GetProperty("summary").GetProperty("baselined").GetInt32());

        var text = Validate(folder, "--baseline", Baseline);
        Assert.Equal(ExitCodes.Success, text.ExitCode);
        Assert.Contains($"({before} known findings in the baseline not shown).", text.Out, StringComparison.Ordinal);
        Assert.StartsWith("lib/leaflet-3.yaml:22:", text.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fixed_finding_leaves_the_baseline_on_the_next_update()
    {
        using var folder = Library();
        Validate(folder, "--update-baseline");
        var first = BaselineText(folder);
        Assert.Contains("\"text\": \"prboe\"", first, StringComparison.Ordinal);

        var path = Path.Combine(folder.Path, "lib", "leaflet-1.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("prboe", "probe", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Success, Validate(folder, "--update-baseline").ExitCode);
        var second = BaselineText(folder);
        Assert.DoesNotContain("prboe", second, StringComparison.Ordinal);
        Assert.Equal(first.Split('\n').Length - 1, second.Split('\n').Length);
    }

    [Fact]
    public void Updating_for_one_file_keeps_the_entries_of_the_others()
    {
        using var folder = Library();
        Validate(folder, "--update-baseline", "--baseline", "known.json");
        var all = File.ReadAllText(Path.Combine(folder.Path, "known.json"));
        var path = Path.Combine(folder.Path, "lib", "leaflet-2.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("usualy", "usually", StringComparison.Ordinal));
        var update = CliRunner.Run(folder.Path, "validate", "lib/leaflet-2.yaml", "--as-of", "2026-11-23",
            "--update-baseline", "--baseline", "known.json");
        Assert.Equal(ExitCodes.Success, update.ExitCode);
        var now = File.ReadAllText(Path.Combine(folder.Path, "known.json"));
        Assert.Contains("lib/leaflet-4.yaml\", \"rule\": \"spelling\", \"text\": \"usualy\"", now,
            StringComparison.Ordinal);
        Assert.DoesNotContain("lib/leaflet-2.yaml\", \"rule\": \"spelling\", \"text\": \"usualy\"", now,
            StringComparison.Ordinal);
        Assert.True(now.Length < all.Length);
    }

    [Theory]
    [InlineData("github")]
    [InlineData("sarif")]
    public void Every_format_leaves_out_the_known_findings(string format)
    {
        using var folder = Library();
        Validate(folder, "--update-baseline");
        var result = Validate(folder, "--baseline", Baseline, "--format", format);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("treatmnet", result.Out, StringComparison.Ordinal);
        Assert.Contains(format == "sarif" ? "\"baselined\": " : "known findings in the baseline not shown",
            result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_baseline_is_a_one_line_usage_error()
    {
        using var folder = Library();
        var result = Validate(folder, "--baseline", "nowhere.json");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("leaflet: the baseline 'nowhere.json' does not exist; make it with "
            + "'leaflet validate --update-baseline --baseline nowhere.json'\n", result.Error);
        Assert.Equal("", result.Out);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"findings\": [", "not valid JSON at line 1")]
    [InlineData("{\"findings\": []}", "not a baseline: no \"version\" number")]
    [InlineData("{\"version\": 1, \"findings\": [{\"file\": 3}]}", "finding 1 needs")]
    public void A_broken_baseline_is_a_one_line_usage_error(string json, string reason)
    {
        using var folder = Library();
        folder.Write("broken.json", json);
        var result = Validate(folder, "--baseline", "broken.json");
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith($"leaflet: the baseline 'broken.json' is not usable: {reason}", result.Error,
            StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }
}
