using LeafletTool.Core.Formats.Reports;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Tests.Reporting;

public class ReportFormatTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" edge", "\" edge\"")]
    [InlineData("", "")]
    public void Csv_quotes_as_rfc_4180(string field, string expected)
        => Assert.Equal(expected, CsvReportFormat.Quote(field));

    [Fact]
    public void Markdown_escapes_markup_and_mentions()
    {
        Assert.Equal("\\*\\*bold\\*\\* \\[x\\](y) a\\|b \\@team \\<b\\> \\&amp;",
            MarkdownReportFormat.Escape("**bold** [x](y) a|b @team <b> &amp;"));
    }

    [Fact]
    public void Html_escapes_every_markup_character()
    {
        Assert.Equal("&lt;script&gt;&amp;&quot;&#39;", HtmlText.Escape("<script>&\"'"));
    }

    [Fact]
    public void Table_shortens_long_titles_with_an_ellipsis()
    {
        Assert.Equal("abcd…", TableReportFormat.Shorten("abcdefgh", 5));
        Assert.Equal("abcde", TableReportFormat.Shorten("abcde", 5));
    }

    [Fact]
    public void Every_format_says_when_no_leaflet_matches()
    {
        var report = new ReviewReport(new DateOnly(2026, 11, 23), null, []);
        foreach (var name in ReportFormats.Names)
        {
            var writer = new StringWriter();
            ReportFormats.For(name).Write(report, writer);
            var text = writer.ToString();
            if (name == "csv") Assert.Equal("resource_number,title,owner,published,review,status,days,file\r\n", text);
            else if (name == "json") Assert.Contains("\"leaflets\": []", text, StringComparison.Ordinal);
            else Assert.Contains("No leaflets match.", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_chart_draws_a_bar_only_for_statuses_with_leaflets()
    {
        var row = new ReportRow("a.yaml", "1/VER1", "T", "O", "2020-01", "2026-06", ReviewStatus.Overdue, -1,
            new DateOnly(2026, 6, 30), null, null);
        var writer = new StringWriter();
        SvgStatusChart.Write(new ReviewReport(new DateOnly(2026, 7, 1), null, [row]), writer);
        var svg = writer.ToString();
        Assert.Single(svg.Split("<rect").Skip(1));
        Assert.Contains("fill=\"#b3261e\"", svg, StringComparison.Ordinal);
        Assert.Contains("<desc id=\"chart-desc\">Overdue: 1. Due soon: 0. Current: 0. Invalid: 0.</desc>", svg,
            StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
    }
}
