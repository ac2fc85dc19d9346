using System.Text.Json;

namespace LeafletTool.Cli.Tests.Style;

/// <summary>
/// The held-out content-style cases (Cases/style): each leaflet ends with the findings of the nine style rules it
/// must get, one <c># expect: RULE SEVERITY LINE:COLUMN [SUGGESTION]</c> line each, or <c># expect: none</c>.
/// <c>default/</c> has no configuration; <c>configured/</c> has its own <c>leaflettool.yaml</c> (abbreviations,
/// plain words, severities). Each folder is checked with <c>validate --format json</c>, as an editor would.
/// </summary>
public class StyleCaseTests
{
    private static readonly HashSet<string> StyleRules =
    [
        "plain-words", "medical-jargon", "abbreviation-unexplained", "heading-case", "link-text", "date-style",
        "latin-abbreviation", "number-range", "block-capitals",
    ];

    private static readonly Dictionary<string, Lazy<List<string>>> Findings = new()
    {
        ["default"] = new(() => Validate("default")),
        ["configured"] = new(() => Validate("configured")),
    };

    private static string Folder(string name) => Path.Combine(CliRunner.TestsRoot(), "Cases", "style", name);

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in (string[])["default", "configured"])
        {
            foreach (var file in Directory.GetFiles(Folder(folder), "*.yaml").Order(StringComparer.Ordinal))
            {
                if (Path.GetFileName(file) != "leaflettool.yaml") data.Add(folder, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gets_exactly_its_expected_style_findings(string folder, string file)
    {
        var expected = File.ReadAllLines(Path.Combine(Folder(folder), file))
            .Where(l => l.StartsWith("# expect: ", StringComparison.Ordinal))
            .Select(l => l["# expect: ".Length..].Trim())
            .ToList();
        Assert.NotEmpty(expected);
        if (expected is ["none"]) expected = [];
        var actual = Findings[folder].Value.Where(f => f.StartsWith(file + " ", StringComparison.Ordinal))
            .Select(f => f[(file.Length + 1)..]).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_rule_fires_in_a_case_and_every_case_folder_is_covered()
    {
        var fired = Findings.Values.SelectMany(f => f.Value).Select(f => f.Split(' ')[1]).ToHashSet();
        Assert.Equal(StyleRules.Order(StringComparer.Ordinal), fired.Order(StringComparer.Ordinal));
    }

    // Issue 16, tried as a new user would: a paragraph with "prior to", "utilise", "e.g.", an unexplained abbreviation
    // and a title-case heading gets one clear finding each; the same paragraph rewritten gets none.
    [Fact]
    public void A_new_users_paragraph_gets_one_finding_per_slip_and_its_rewrite_none()
    {
        var slips = Findings["default"].Value.Where(f => f.StartsWith("new-user-slips.yaml ", StringComparison.Ordinal))
            .Select(f => f.Split(' ')[1]).ToList();
        Assert.Equal(["heading-case", "plain-words", "plain-words", "latin-abbreviation", "abbreviation-unexplained"],
            slips);
        Assert.DoesNotContain(Findings["default"].Value,
            f => f.StartsWith("new-user-rewritten.yaml ", StringComparison.Ordinal));
    }

    /// <summary>"FILE RULE SEVERITY LINE:COLUMN [SUGGESTION]" for each style finding, in output order.</summary>
    private static List<string> Validate(string folder)
    {
        var result = CliRunner.Run(Folder(folder), "validate", ".", "--as-of", "2026-11-23", "--format", "json");
        Assert.Equal("", result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var found = new List<string>();
        foreach (var d in json.RootElement.GetProperty("diagnostics").EnumerateArray())
        {
            var rule = d.GetProperty("rule").GetString()!;
            if (!StyleRules.Contains(rule)) continue;
            var file = Path.GetFileName(d.GetProperty("file").GetString()!);
            var suggestion = d.TryGetProperty("suggestion", out var s) && s.ValueKind == JsonValueKind.String
                ? " " + s.GetString() : "";
            found.Add($"{file} {rule} {d.GetProperty("severity").GetString()} {d.GetProperty("line").GetInt32()}:"
                + $"{d.GetProperty("column").GetInt32()}{suggestion}");
        }

        return found;
    }
}
