using System.Globalization;
using LeafletTool.Core.Config;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Reporting;

public class ReportBuilderTests
{
    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Leaflet(string review, string owner = "Pain management nurses", string published = "2020-01")
        => $"""
        title: A leaflet
        resource_number: 5373/VER1
        published: {published}
        review: {review}
        owner: {owner}
        sections:
          - heading: About
            body:
              - Some text.
        contacts:
          - name: Nurses
            phone: 020 7188 4714
        """;

    private static ReportRow Row(string text, string asOf, int? within = null, ProjectConfig? config = null)
    {
        var input = new LeafletInput("leaflets/a.yaml", text, config ?? ProjectConfig.Default, IsTarget: true);
        var outcome = LeafletValidator.Default.Validate([input], Day(asOf)).Single();
        return ReportBuilder.RowFor(outcome, new ReportOptions(Day(asOf), within), _ => null);
    }

    [Theory]
    [InlineData("2026-06", "2026-11-23", -146, ReviewStatus.Overdue)]
    [InlineData("2026-11", "2026-11-30", 0, ReviewStatus.DueSoon)] // a month-only review is due on the month's last day
    [InlineData("2026-11", "2026-12-01", -1, ReviewStatus.Overdue)]
    [InlineData("2027-02-21", "2026-11-23", 90, ReviewStatus.DueSoon)] // exactly due_soon_days away
    [InlineData("2027-02-22", "2026-11-23", 91, ReviewStatus.Current)]
    [InlineData("2028-02", "2028-02-28", 1, ReviewStatus.DueSoon)] // 2028 is a leap year: February ends on the 29th
    [InlineData("2028-02", "2028-02-29", 0, ReviewStatus.DueSoon)]
    [InlineData("2028-02", "2028-03-01", -1, ReviewStatus.Overdue)]
    [InlineData("2028-02-29", "2027-12-01", 90, ReviewStatus.DueSoon)]
    [InlineData("2027-02", "2027-03-01", -1, ReviewStatus.Overdue)] // 2027 is not: February ends on the 28th
    public void Days_and_status_follow_the_due_date(string review, string asOf, int days, ReviewStatus status)
    {
        var row = Row(Leaflet(review), asOf);
        Assert.Equal(days, row.Days);
        Assert.Equal(status, row.Status);
        Assert.Null(row.Error);
    }

    [Fact]
    public void Within_overrides_the_configured_window_and_the_configured_window_is_used_otherwise()
    {
        Assert.Equal(ReviewStatus.Current, Row(Leaflet("2027-01"), "2026-11-23", within: 30).Status);
        Assert.Equal(ReviewStatus.DueSoon, Row(Leaflet("2027-01"), "2026-11-23").Status);
        Assert.Equal(ReviewStatus.Current,
            Row(Leaflet("2027-01"), "2026-11-23", config: ProjectConfig.Default with { DueSoonDays = 10 }).Status);
        Assert.Equal(ReviewStatus.DueSoon, Row(Leaflet("2026-11-23"), "2026-11-23", within: 0).Status);
    }

    [Fact]
    public void A_review_date_that_is_not_a_real_date_makes_the_leaflet_invalid_with_a_reason()
    {
        var row = Row(Leaflet("2027-02-29"), "2026-11-23");
        Assert.Equal(ReviewStatus.Invalid, row.Status);
        Assert.Null(row.Days);
        Assert.Equal("2027-02-29", row.Review);
        Assert.Equal(4, row.Error!.Line);
        Assert.Equal(9, row.Error.Column);
        Assert.Contains("2027-02-29", row.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_date_written_in_words_is_invalid_and_the_reason_suggests_the_form()
    {
        var row = Row(Leaflet("June 2027"), "2026-11-23");
        Assert.Equal(ReviewStatus.Invalid, row.Status);
        Assert.Contains("2027-06", row.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_invalid_with_its_first_error()
    {
        var row = Row("title: [unclosed\nowner: x\n", "2026-11-23");
        Assert.Equal(ReviewStatus.Invalid, row.Status);
        Assert.Equal("yaml-syntax", row.Error!.Rule);
        Assert.Null(row.Title);
    }

    [Fact]
    public void Other_errors_do_not_hide_a_readable_review_date()
    {
        // A bad published date is an error, but the review date can be judged.
        var row = Row(Leaflet("2026-06", published: "sometime"), "2026-11-23");
        Assert.Equal(ReviewStatus.Overdue, row.Status);
        Assert.Equal("sometime", row.Published);
    }

    [Fact]
    public void Readability_is_measured_only_for_leaflets_that_can_be_judged()
    {
        var scores = new ReadabilityScores(10.76, 7.71, 63.7, 927, 69, 1419, 123);
        var good = new LeafletInput("leaflets/a.yaml", Leaflet("2026-06"), ProjectConfig.Default, true);
        var bad = new LeafletInput("leaflets/b.yaml", "title: [", ProjectConfig.Default, true);
        var outcomes = LeafletValidator.Default.Validate([good, bad], Day("2026-11-23"));
        var report = ReportBuilder.Build(outcomes, new ReportOptions(Day("2026-11-23")), _ => scores);
        Assert.Same(scores, report.Rows[0].Readability);
        Assert.Null(report.Rows[1].Readability);
    }

    [Fact]
    public void Rows_are_sorted_by_due_date_then_file_with_invalid_rows_last()
    {
        var inputs = new[]
        {
            new LeafletInput("z/invalid.yaml", "title: [", ProjectConfig.Default, true),
            new LeafletInput("b.yaml", Leaflet("2026-06"), ProjectConfig.Default, true),
            new LeafletInput("a.yaml", Leaflet("2026-06-30"), ProjectConfig.Default, true),
            new LeafletInput("c.yaml", Leaflet("2025-01"), ProjectConfig.Default, true),
            new LeafletInput("a/invalid.yaml", Leaflet("soon"), ProjectConfig.Default, true),
        };
        var outcomes = LeafletValidator.Default.Validate(inputs, Day("2026-11-23"));
        var report = ReportBuilder.Build(outcomes, new ReportOptions(Day("2026-11-23")), _ => null);
        Assert.Equal(["c.yaml", "a.yaml", "b.yaml", "a/invalid.yaml", "z/invalid.yaml"],
            report.Rows.Select(r => r.File));
    }

    [Fact]
    public void Owners_are_counted_with_the_most_overdue_first()
    {
        var inputs = new[]
        {
            new LeafletInput("a.yaml", Leaflet("2030-01", "Audiology"), ProjectConfig.Default, true),
            new LeafletInput("b.yaml", Leaflet("2020-01", "Pharmacy"), ProjectConfig.Default, true),
            new LeafletInput("c.yaml", Leaflet("2020-02", "pharmacy"), ProjectConfig.Default, true),
            new LeafletInput("d.yaml", Leaflet("2026-12", "Audiology"), ProjectConfig.Default, true),
        };
        var report = ReportBuilder.Build(LeafletValidator.Default.Validate(inputs, Day("2026-11-23")),
            new ReportOptions(Day("2026-11-23")), _ => null);
        Assert.Equal(
            [new OwnerCounts("Pharmacy", 2, 0, 0, 0), new OwnerCounts("Audiology", 0, 1, 1, 0)],
            report.ByOwner());
    }
}
