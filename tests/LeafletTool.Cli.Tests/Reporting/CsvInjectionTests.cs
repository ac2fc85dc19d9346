namespace LeafletTool.Cli.Tests.Reporting;

/// <summary><c>report --format csv</c> never writes a cell a spreadsheet would run as a formula, unless asked to with
/// <c>--raw</c>.</summary>
public class CsvInjectionTests
{
    private const string Formula = "=HYPERLINK(\"https://x.example\",\"Open\")";

    [Fact]
    public void A_formula_title_starts_with_an_apostrophe_and_raw_keeps_it_exact()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("title: Caring for your wound",
            "title: '" + Formula + "'", StringComparison.Ordinal));

        var safe = CliRunner.Run(folder.Path, "report", "--format", "csv");
        Assert.Equal(0, safe.ExitCode);
        Assert.Contains(",\"'=HYPERLINK(\"\"https://x.example\"\",\"\"Open\"\")\",", safe.Out, StringComparison.Ordinal);

        var raw = CliRunner.Run(folder.Path, "report", "--format", "csv", "--raw");
        Assert.Contains(",\"=HYPERLINK(\"\"https://x.example\"\",\"\"Open\"\")\",", raw.Out, StringComparison.Ordinal);
        // Days stay numbers: a negative number of days is not a formula.
        Assert.DoesNotContain(",'-", safe.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Raw_without_csv_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var result = CliRunner.Run(folder.Path, "report", "--raw");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--raw is for CSV only", result.Error, StringComparison.Ordinal);
    }
}
