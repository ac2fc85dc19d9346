using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Formats;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary><c>FILE:LINE:COLUMN: SEVERITY RULE: MESSAGE</c>, one line each, then a summary. Infos only with
/// --verbose; only errors with --quiet; at most <see cref="DiagnosticReport.MaxFindings"/> listed, then a count by
/// rule (<see cref="FindingGroups"/>). Control characters from values and file names are shown escaped
/// (<see cref="TerminalText"/>).</summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    private const string Reset = "\u001b[0m";

    public void Write(DiagnosticReport report, TextWriter writer)
    {
        var shown = report.Diagnostics.Where(d => Shows(report, d.Severity)).ToList();
        var listed = FindingGroups.Listed(shown, report.MaxFindings);
        for (var i = 0; i < shown.Count; i++)
        {
            if (!listed[i]) continue;
            var d = shown[i];
            var severity = d.Severity.ToName();
            if (report.Colour) severity = Colour(d.Severity) + severity + Reset;
            writer.WriteLine($"{TerminalText.Escape(d.File)}:{d.Line}:{d.Column}: {severity} "
                + $"{TerminalText.Escape(d.Rule)}: {TerminalText.Escape(d.Message)}");
        }

        foreach (var note in report.Notes) writer.WriteLine(TerminalText.Escape(note, keepLineBreaks: true));
        foreach (var line in FindingGroups.Lines(shown, listed, report.Verbose)) writer.WriteLine(line);
        writer.WriteLine(Summary(report));
    }

    public static string Summary(DiagnosticReport report)
    {
        var files = report.Files == 1 ? "1 file" : $"{report.Files} files";
        var hidden = report.Verbose || report.Infos == 0 ? "" : " (shown with --verbose)";
        var known = report.Baselined is not (null or 0)
            ? $" ({Count(report.Baselined.Value, "known finding")} in the baseline not shown)"
            : "";
        return $"{files} checked: {Count(report.Errors, "error")}, {Count(report.Warnings, "warning")}, "
            + $"{Count(report.Infos, "info")}{hidden}{known}.";
    }

    private static bool Shows(DiagnosticReport report, Severity severity) => severity switch
    {
        Severity.Error => true,
        Severity.Warning => !report.Quiet,
        _ => report.Verbose && !report.Quiet,
    };

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    private static string Colour(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31m",
        Severity.Warning => "\u001b[33m",
        _ => "\u001b[36m",
    };
}
