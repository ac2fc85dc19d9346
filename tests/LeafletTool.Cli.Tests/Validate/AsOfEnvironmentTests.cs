namespace LeafletTool.Cli.Tests.Validate;

/// <summary>LEAFLET_AS_OF pins "today" for every command that has --as-of; --as-of still wins.</summary>
public class AsOfEnvironmentTests
{
    private static TempFolder LeafletReviewedIn(string review)
    {
        var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml",
            ValidLeaflet.Yaml.Replace("review: 2027-12", $"review: {review}", StringComparison.Ordinal));
        return folder;
    }

    [Fact]
    public void The_variable_sets_the_day_review_dates_are_judged_by()
    {
        using var folder = LeafletReviewedIn("2026-01");
        var asOf = new Dictionary<string, string> { ["LEAFLET_AS_OF"] = "2026-02-10" };
        var result = CliRunner.Run(folder.Path, asOf, "validate", "leaflets");
        Assert.Contains("passed 10 days ago", result.Out, StringComparison.Ordinal);

        var report = CliRunner.Run(folder.Path, asOf, "report", "--format", "csv");
        Assert.Contains("overdue,-10,", report.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_option_wins_over_the_variable()
    {
        using var folder = LeafletReviewedIn("2026-01");
        var asOf = new Dictionary<string, string> { ["LEAFLET_AS_OF"] = "2026-02-10" };
        var result = CliRunner.Run(folder.Path, asOf, "validate", "leaflets", "--as-of", "2026-02-05");
        Assert.Contains("passed 5 days ago", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_is_not_a_date_is_one_line_and_exit_2_even_with_the_option()
    {
        using var folder = LeafletReviewedIn("2026-01");
        var asOf = new Dictionary<string, string> { ["LEAFLET_AS_OF"] = "10/02/2026" };
        foreach (var args in new[] { new[] { "validate", "leaflets" }, new[] { "report", "--as-of", "2026-02-05" } })
        {
            var result = CliRunner.Run(folder.Path, asOf, args);
            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Equal("leaflet: LEAFLET_AS_OF takes a date as YYYY-MM-DD, such as 2026-11-23, not '10/02/2026'.",
                result.Error.Trim());
            Assert.Equal("", result.Out);
        }
    }
}
