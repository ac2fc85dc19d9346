using System.Text.Json;

namespace LeafletTool.Cli.Tests;

/// <summary>The language rules end to end on the real leaflet, through <c>leaflet validate</c>.</summary>
public sealed class LanguageChecksTests : IDisposable
{
    private static readonly string[] LanguageRules =
        ["spelling", "spelling-inconsistent", "american-spelling", "repeated-word", "time-format", "readability"];

    private readonly string folder = Path.Combine(Path.GetTempPath(),
        "leaflettool-language-" + Guid.NewGuid().ToString("N"));

    public LanguageChecksTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_real_leaflet_has_exactly_one_language_finding_cyrotherapy_at_its_place()
    {
        var result = CliRunner.Run(Repository.SeedRoot(), "validate", "leaflets", "--as-of", "2026-11-23", "--format",
            "json");

        var findings = LanguageFindings(result.Out);

        var finding = Assert.Single(findings);
        Assert.Equal(("spelling-inconsistent", "leaflets/cryotherapy-chronic-pain.yaml", 126, 44),
            (finding.Rule, finding.File, finding.Line, finding.Column));
        Assert.Equal("cyrotherapy: did you mean cryotherapy (used 9 times in this leaflet)?", finding.Message);
        Assert.Equal("cryotherapy", finding.Suggestion);
    }

    [Fact]
    public void Without_the_house_dictionary_the_real_leaflet_has_no_spelling_finding_but_its_slip()
    {
        File.Copy(Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"),
            Path.Combine(folder, "cryotherapy-chronic-pain.yaml"));

        var result = CliRunner.Run(folder, "validate", ".", "--as-of", "2026-11-23", "--format", "json");

        // "denervation", "neurolysis" and "radiofrequency" are in the built-in medical lexicon (issue 14).
        var finding = Assert.Single(LanguageFindings(result.Out));
        Assert.Equal(("spelling-inconsistent", "cryotherapy"), (finding.Rule, finding.Suggestion));
    }

    // Issue 14, tried as a new user would: an editor's leaflet about a colonoscopy, a nerve block and a chemotherapy
    // regimen, with the names of their hospital, wards and staff, comes out clean; with three typos it shows exactly
    // those three, each with the right fix.
    [Fact]
    public void An_editors_medical_leaflet_is_clean_and_its_three_typos_get_the_right_fixes()
    {
        var source = File.ReadAllText(Path.Combine(CliRunner.TestsRoot(), "Cases", "language",
            "colonoscopy-nerve-block-chemotherapy.yaml"));
        File.WriteAllText(Path.Combine(folder, "clean.yaml"), source);
        var typos = source.Replace("the endoscopist look", "the endoscopsit look", StringComparison.Ordinal)
            .Replace("peripheral neuropathy", "peripheral nueropathy", StringComparison.Ordinal)
            .Replace("with levobupivacaine", "with levobupivicaine", StringComparison.Ordinal)
            .Replace("6120/VER1", "6121/VER1", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(folder, "typos.yaml"), typos);

        var result = CliRunner.Run(folder, "validate", ".", "--as-of", "2026-12-05", "--format", "json");

        // The word rules; the leaflet's drug names give it a SMOG grade above 12, a fair readability warning.
        var findings = LanguageFindings(result.Out).Where(f => f.Rule.Contains("spelling", StringComparison.Ordinal))
            .ToList();
        Assert.DoesNotContain(findings, f => f.File.EndsWith("clean.yaml", StringComparison.Ordinal));
        Assert.Equal(
            [("spelling", 15, "endoscopist"), ("spelling", 29, "levobupivacaine"), ("spelling", 37, "neuropathy")],
            findings.Select(f => (f.Rule, f.Line, f.Suggestion)));
    }

    [Fact]
    public void A_rule_turned_off_in_the_configuration_reports_nothing()
    {
        File.Copy(Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"),
            Path.Combine(folder, "cryotherapy-chronic-pain.yaml"));
        File.WriteAllText(Path.Combine(folder, "leaflettool.yaml"),
            "rules:\n  spelling: off\n  spelling-inconsistent: off\n");

        var result = CliRunner.Run(folder, "validate", ".", "--as-of", "2026-11-23", "--format", "json");

        Assert.Empty(LanguageFindings(result.Out));
    }

    [Fact]
    public void Verbose_text_output_gives_each_leaflets_readability_before_the_summary()
    {
        var result = CliRunner.Run(Repository.SeedRoot(), "validate", "leaflets", "--as-of", "2026-11-23", "--verbose");

        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal("leaflets/cryotherapy-chronic-pain.yaml: SMOG 11.0, Flesch-Kincaid grade 8.0, reading ease 62.5, "
            + "885 words, 64 sentences", lines[^2]);
        Assert.StartsWith("1 file checked:", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Without_verbose_there_is_no_readability_line()
    {
        var result = CliRunner.Run(Repository.SeedRoot(), "validate", "leaflets", "--as-of", "2026-11-23");

        Assert.DoesNotContain("SMOG", result.Out, StringComparison.Ordinal);
    }

    private static List<Finding> LanguageFindings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => new Finding(
                d.GetProperty("rule").GetString()!,
                d.GetProperty("file").GetString()!,
                d.GetProperty("line").GetInt32(),
                d.GetProperty("column").GetInt32(),
                d.GetProperty("message").GetString()!,
                d.TryGetProperty("suggestion", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()
                    : null))
            .Where(f => LanguageRules.Contains(f.Rule))
            .ToList();
    }

    private sealed record Finding(string Rule, string File, int Line, int Column, string Message, string? Suggestion);
}
