using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Formats;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=RULE::MESSAGE</c>), shown on the
/// changed line of a pull request.</summary>
public sealed class GitHubFormatter : IDiagnosticFormatter
{
    public void Write(DiagnosticReport report, TextWriter writer)
    {
        foreach (var d in report.Diagnostics)
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var message = d.Suggestion is null || d.Message.Contains(d.Suggestion, StringComparison.Ordinal)
                ? d.Message
                : $"{d.Message} Suggestion: {d.Suggestion}";
            writer.WriteLine(
                $"::{command} file={Property(d.File)},line={d.Line},col={d.Column},"
                + $"title={Property(d.Rule)}::{Data(message)}");
        }

        writer.WriteLine(TextFormatter.Summary(report with { Verbose = true }));
    }

    // Control characters are escaped as in text output, first: GitHub's own escapes (%0A) are for its syntax.
    private static string Data(string value) =>
        TerminalText.Escape(value, keepLineBreaks: true).Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string value) =>
        Data(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
