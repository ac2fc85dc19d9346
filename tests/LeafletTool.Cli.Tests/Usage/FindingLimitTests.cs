using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Formats.Diagnostics;

namespace LeafletTool.Cli.Tests.Usage;

/// <summary>Many findings end in a count by rule; --max-findings limits what text output lists, errors first.</summary>
public sealed class FindingLimitTests
{
    [Fact]
    public void Beyond_the_limit_the_rest_are_counted_by_rule_errors_listed_first()
    {
        var findings = new List<Diagnostic>();
        for (var i = 1; i <= 300; i++)
        {
            var rule = i % 3 == 0 ? "spelling" : "sentence-length";
            findings.Add(new Diagnostic(rule, Severity.Warning, "w", "a.yaml", i, 1));
        }

        findings.Add(new Diagnostic("missing-field", Severity.Error, "e", "b.yaml", 1, 1));
        var text = new StringWriter { NewLine = "\n" };
        new TextFormatter().Write(new DiagnosticReport(findings, 2) { MaxFindings = 3 }, text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
        [
            "a.yaml:1:1: warning sentence-length: w",
            "a.yaml:2:1: warning sentence-length: w",
            "b.yaml:1:1: error missing-field: e",
            "1 error: 1 missing-field.",
            "300 warnings: 200 sentence-length, 100 spelling.",
            "298 of 301 findings not listed (errors are listed first); run with --verbose to list them all.",
            "2 files checked: 1 error, 300 warnings, 0 infos.",
        ], lines);
    }

    [Fact]
    public void A_few_findings_are_all_listed_with_no_count_by_rule()
    {
        var findings = new List<Diagnostic> { new("spelling", Severity.Warning, "w", "a.yaml", 1, 1) };
        var text = new StringWriter { NewLine = "\n" };
        new TextFormatter().Write(new DiagnosticReport(findings, 1) { MaxFindings = FindingGroups.DefaultLimit },
            text);
        Assert.Equal("a.yaml:1:1: warning spelling: w\n1 file checked: 0 errors, 1 warning, 0 infos.\n",
            text.ToString());
    }

    [Fact]
    public void Validate_lists_at_most_max_findings_and_quiet_lists_only_errors()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound.yaml", ValidLeaflet.Yaml.Replace("Keep the dressing dry for two days.",
            "Keep the the dressing dry for two days. Color the the center.", StringComparison.Ordinal));
        var all = CliRunner.Run(folder.Path, "validate", "--as-of", "2026-11-23");
        var findingLines = all.Out.Split('\n').Count(l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.True(findingLines >= 3, all.Out);
        var one = CliRunner.Run(folder.Path, "validate", "--as-of", "2026-11-23", "--max-findings", "1");
        Assert.Single(one.Out.Split('\n'), l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Contains($"{findingLines - 1} of {findingLines} findings not listed", one.Out, StringComparison.Ordinal);
        Assert.Contains("repeated-word", one.Out.Split('\n').Single(l => l.StartsWith($"{findingLines} warnings:",
            StringComparison.Ordinal)), StringComparison.Ordinal);
        var quiet = CliRunner.Run(folder.Path, "validate", "--as-of", "2026-11-23", "-q");
        Assert.Equal($"1 file checked: 0 errors, {findingLines} warnings, 0 infos.\n", quiet.Out);
        var bad = CliRunner.Run(folder.Path, "validate", "--max-findings", "-1");
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
    }
}
