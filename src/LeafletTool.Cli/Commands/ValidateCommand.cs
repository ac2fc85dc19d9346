using System.CommandLine;
using LeafletTool.Cli.Baseline;
using LeafletTool.Cli.ChangeControl;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Progress;
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
        var baseline = BaselineStep.BaselineOption();
        var updateBaseline = BaselineStep.UpdateOption();
        var quiet = CommonOptions.Quiet();
        var maxFindings = CommonOptions.MaxFindings();
        var baseRef = BaseOption.Create("Also check versions against the leaflets at this git base");

        var command = new Command("validate", "Check leaflets and print every problem with its file, line and column")
        {
            paths, format, asOf, warningsAsErrors, verbose, quiet, maxFindings, config, jobs, baseRef, baseline,
            updateBaseline,
        };
        command.SetAction(parse =>
        {
            var verboseOutput = parse.GetValue(verbose);
            var formatName = parse.GetValue(format)!;
            var today = parse.GetValue(asOf) ?? console.Today;
            var changes = BaseOption.Open(parse, baseRef, console,
                BaseOption.Anchor(parse.GetValue(paths)!, console.CurrentDirectory)) is { } opened
                ? new BaseComparison(opened, console.CurrentDirectory, today)
                : null;
            using var progress = ProgressLine.Start(console, "Checking", "Checked", "leaflets",
                formatName == "text" && !parse.GetValue(quiet));
            // A checked leaflet is let go at once: only its findings and, with --verbose, its readability line are
            // kept.
            var run = Workspace.Check(
                Workspace.Validator(console.Environment),
                parse.GetValue(paths)!,
                parse.GetValue(config),
                today,
                console.CurrentDirectory,
                parse.GetValue(jobs),
                outcome =>
                {
                    changes?.Capture(outcome);
                    return verboseOutput ? ReadabilityLines.For(outcome) : null;
                },
                Workspace.SourceBudget(console.Environment), progress, console.Environment);
            progress?.Dispose();
            var diagnostics = changes?.AddTo(run.Diagnostics, parse.GetValue(jobs)) ?? run.Diagnostics;
            var known = BaselineStep.Apply(parse.GetValue(baseline), parse.GetValue(updateBaseline), diagnostics,
                parse.GetValue(paths)!, console);
            if (known is null) return ExitCodes.Success;
            var report = new DiagnosticReport(known.Shown, run.FileCount, verboseOutput,
                formatName == "text" && console.UseColour)
            {
                Notes = parse.GetValue(quiet) ? [] : run.Files.OfType<string>().ToList(),
                Baselined = known.Baselined,
                Quiet = parse.GetValue(quiet),
                MaxFindings = parse.GetValue(maxFindings) ?? (verboseOutput ? null : FindingGroups.DefaultLimit),
            };
            DiagnosticFormatters.For(formatName).Write(report, console.Out);
            var failed = report.Errors > 0 || (parse.GetValue(warningsAsErrors) && report.Warnings > 0);
            return failed ? ExitCodes.LeafletErrors : ExitCodes.Success;
        });
        return command;
    }
}
