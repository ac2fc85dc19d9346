namespace LeafletTool.Cli.Tests.Reporting;

/// <summary>
/// Every report format over a small corpus with each status (overdue, due soon by month and on the day, current)
/// and two invalid files (not YAML; no review date), judged as of a fixed day.
/// </summary>
public class ReportGoldenTests
{
    private static string Folder => Path.Combine(Golden.Cases(), "report");

    [Theory]
    [InlineData("table", "txt")]
    [InlineData("csv", "csv")]
    [InlineData("json", "json")]
    [InlineData("markdown", "md")]
    [InlineData("html", "html")]
    public void Each_format_matches_its_verified_output(string format, string extension)
    {
        var result = CliRunner.Run(Folder, "report", "corpus", "--as-of", "2026-11-23", "--format", format);
        Assert.Equal("", result.Error);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        // The CSV's byte-order mark (checked below) is left out: the verified file is read as text, without it.
        Golden.VerifyCase($"report/report.{format}", extension, result.Out.TrimStart('\uFEFF'));
    }

    [Fact]
    public void Csv_lines_end_with_crlf_as_rfc_4180_says()
    {
        var result = CliRunner.Run(Folder, "report", "corpus", "--as-of", "2026-11-23", "--format", "csv");
        var lines = result.Out.Split("\r\n");
        Assert.Equal("\uFEFFresource_number,title,owner,published,review,status,days,file", lines[0]);
        Assert.Equal(8, lines.Length); // header, six leaflets, and the empty string after the last CRLF
        Assert.DoesNotContain('\n', result.Out.Replace("\r\n", "", StringComparison.Ordinal));
    }
}
