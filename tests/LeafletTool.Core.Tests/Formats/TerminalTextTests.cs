using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Formats.Diagnostics;
using LeafletTool.Core.Formats.Reports;

namespace LeafletTool.Core.Tests.Formats;

/// <summary>Nothing raw reaches a terminal or an annotation: control characters, bidirectional controls and line
/// breaks from values and file names are shown as \uXXXX.</summary>
public class TerminalTextTests
{
    [Theory]
    [InlineData("plain text, tabs\tkept", "plain text, tabs\tkept")]
    [InlineData("\u001b[31mred", "\\u001b[31mred")]
    [InlineData("bell\u0007 del\u007f c1\u009b", "bell\\u0007 del\\u007f c1\\u009b")]
    [InlineData("abc\u202edcba", "abc\\u202edcba")]
    [InlineData("isolate\u2066x\u2069", "isolate\\u2066x\\u2069")]
    [InlineData("one\nfile.yaml:1:1: error forged", "one\\u000afile.yaml:1:1: error forged")]
    [InlineData("cr\rlf", "cr\\u000dlf")]
    [InlineData("café – “quotes” \u00a0", "café – “quotes” \u00a0")]
    public void Unsafe_characters_are_escaped_and_the_rest_kept(string text, string expected) =>
        Assert.Equal(expected, TerminalText.Escape(text));

    [Fact]
    public void Line_breaks_can_be_kept_for_a_message_of_several_lines() =>
        Assert.Equal("a\nb\r\nc\\u001b", TerminalText.Escape("a\nb\r\nc\u001b", keepLineBreaks: true));

    private static readonly Diagnostic Forging = new("date-format", Severity.Error,
        "The published date \"\u001b[31mred\nleaflets/x.yaml:1:1: error fake: forged\" is not a date.",
        "leaflets/\u001b]0;title\u0007a.yaml", 4, 12);

    [Fact]
    public void A_text_finding_is_one_line_with_no_escape_sequence()
    {
        var output = Write(new TextFormatter());
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length); // the finding and the summary
        Assert.DoesNotContain('\u001b', output);
        Assert.StartsWith("leaflets/\\u001b]0;title\\u0007a.yaml:4:12: error date-format: The published date "
            + "\"\\u001b[31mred\\u000aleaflets/x.yaml:1:1:", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_github_annotation_has_no_raw_control_character_and_cannot_start_a_second_command()
    {
        var output = Write(new GitHubFormatter());
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Single(output.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains("\"\\u001b[31mred%0Aleaflets/x.yaml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x.example\",\"click\")", "'=HYPERLINK(\"http://x.example\",\"click\")")]
    [InlineData("+44 20 7188 4714", "'+44 20 7188 4714")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Caring for your wound", "Caring for your wound")]
    public void Csv_cells_a_spreadsheet_would_run_get_an_apostrophe(string cell, string expected) =>
        Assert.Equal(expected, CsvReportFormat.SafeForSpreadsheets(cell));

    private static string Write(IDiagnosticFormatter formatter)
    {
        var writer = new StringWriter { NewLine = "\n" };
        formatter.Write(new DiagnosticReport([Forging], Files: 1, Verbose: true), writer);
        return writer.ToString();
    }
}
