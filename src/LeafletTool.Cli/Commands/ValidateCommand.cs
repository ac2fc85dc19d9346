using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Formats.Diagnostics;

namespace LeafletTool.Cli.Commands;

/// <summary><c>leaflet validate [PATH…]</c>: checks leaflets and prints every finding.</summary>
public static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json, github (workflow annotations) or sarif (code scanning)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong(DiagnosticFormatters.Names);
        var asOf = CommonOptions.AsOf();
        var warningsAsErrors = new Option<bool>("--warnings-as-errors")
        {
            Description = "Exit 1 when there are warnings, not only errors",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Show info findings in text output too" };
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();

        var command = new Command("validate", "Check leaflets and print every problem with its file, line and column")
        {
            paths, format, asOf, warningsAsErrors, verbose, config, jobs,
        };
        command.SetAction(parse =>
        {
            var verboseOutput = parse.GetValue(verbose);
            // A checked leaflet is let go at once: only its findings and, with --verbose, its readability line are
            // kept.
            var run = Workspace.Check(
                Workspace.Validator(console.Environment),
                parse.GetValue(paths)!,
                parse.GetValue(config),
                parse.GetValue(asOf) ?? console.Today,
                console.CurrentDirectory,
                parse.GetValue(jobs),
                outcome => verboseOutput ? ReadabilityLines.For(outcome) : null,
                Workspace.SourceBudget(console.Environment),
                console.Environment);
            var formatName = parse.GetValue(format)!;
            var report = new DiagnosticReport(run.Diagnostics, run.FileCount, verboseOutput,
                formatName == "text" && console.UseColour)
            {
                Notes = run.Files.OfType<string>().ToList(),
            };
            DiagnosticFormatters.For(formatName).Write(report, console.Out);
            var failed = report.Errors > 0 || (parse.GetValue(warningsAsErrors) && report.Warnings > 0);
            return failed ? ExitCodes.LeafletErrors : ExitCodes.Success;
        });
        return command;
    }
}
