using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Progress;
using LeafletTool.Core.Formats.Reports;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Reporting;
using LeafletTool.Core.Review;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet report [PATH…]</c>: one row per leaflet with its review status, for governance. It is a report:
/// it exits 0 however many leaflets are overdue, 2 for a wrong command line or a path that does not exist.
/// </summary>
public static class ReportCommand
{
    /// <summary>How readability is measured for the JSON report.</summary>
    public static Func<Leaflet, ReadabilityScores?> Measure { get; } = Readability.Measure;

    public static readonly IReadOnlyList<string> StatusNames = ["overdue", "due-soon", "current", "invalid"];

    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (to read), csv (for Excel), json (for other systems), markdown (for an "
                + "issue) or html (a page to circulate)",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var status = new Option<string[]>("--status")
        {
            Description = "Only leaflets with this status: overdue, due-soon, current or invalid (repeat for more than "
                + "one). Leaflets whose review date cannot be read are always listed",
            HelpName = "STATUS",
            AllowMultipleArgumentsPerToken = false,
        };
        status.AcceptOnlyFromAmong([.. StatusNames]);
        var owner = new Option<string?>("--owner")
        {
            Description = "Only this owner's leaflets (not case-sensitive)",
            HelpName = "NAME",
        };
        var asOf = CommonOptions.AsOf();
        var within = new Option<int?>("--within")
        {
            Description = "Count a review as due soon when it is due within this many days (overrides due_soon_days in "
                + "leaflettool.yaml)",
            HelpName = "DAYS",
            Validators =
            {
                r =>
                {
                    if (r.GetValueOrDefault<int?>() is < 0) r.AddError("--within takes a number of days, 0 or more.");
                },
            },
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write the report to this file instead of the screen",
            HelpName = "FILE",
        };
        var bom = new Option<bool>("--bom")
        {
            Description = "With --format csv: start with a UTF-8 byte-order mark (the default, so Excel shows accents "
                + "and symbols such as é and £ correctly)",
        };
        var noBom = new Option<bool>("--no-bom")
        {
            Description = "With --format csv: leave out the byte-order mark, for a program that does not expect one",
        };
        var raw = new Option<bool>("--raw")
        {
            Description = "With --format csv: write every cell exactly, even one a spreadsheet would run as a formula "
                + "(by default such a cell starts with an apostrophe)",
        };
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var quiet = CommonOptions.Quiet();

        var command = new Command("report",
            "Review-date report: which leaflets are overdue or due soon, and whose they are")
        {
            paths, format, status, owner, asOf, within, output, bom, noBom, raw, config, jobs, quiet,
        };
        command.SetAction(parse =>
        {
            var formatName = parse.GetValue(format)!;
            if (parse.GetValue(bom) && formatName != "csv")
                throw new UsageException("--bom is for CSV only: add --format csv");
            if (parse.GetValue(noBom) && formatName != "csv")
                throw new UsageException("--no-bom is for CSV only: add --format csv");
            if (parse.GetValue(noBom) && parse.GetValue(bom))
                throw new UsageException("--bom and --no-bom cannot be used together: CSV has a BOM unless --no-bom");
            if (parse.GetValue(raw) && formatName != "csv")
                throw new UsageException("--raw is for CSV only: add --format csv");
            var today = parse.GetValue(asOf) ?? console.Today;
            var statuses = (parse.GetValue(status) ?? []).Select(ParseStatus).ToHashSet();
            var options = new ReportOptions(today, parse.GetValue(within), statuses, parse.GetValue(owner));
            using var progress = ProgressLine.Start(console, "Checking", "Checked", "leaflets",
                formatName != "json" && !parse.GetValue(quiet));
            // Each leaflet becomes its row as soon as it is checked, and is let go: only the rows are kept.
            var rows = Workspace.Collect(Workspace.Validator(console.Environment), parse.GetValue(paths)!,
                parse.GetValue(config), today, console.CurrentDirectory, parse.GetValue(jobs),
                outcome => ReportBuilder.RowFor(outcome, options, Measure),
                    Workspace.SourceBudget(console.Environment), progress);
            progress?.Dispose();
            var report = ReportBuilder.Build(rows, options);
            var writer = new StringWriter { NewLine = "\n" };
            ReportFormats.For(formatName, !parse.GetValue(noBom), parse.GetValue(raw)).Write(report, writer);
            if (parse.GetValue(output) is { } file)
            {
                var full = Path.GetFullPath(file, console.CurrentDirectory);
                AtomicFile.Write(full, writer.ToString());
                if (!parse.GetValue(quiet))
                {
                    console.Error.WriteLine($"Wrote the {formatName} report of {report.Rows.Count} leaflet(s) to "
                        + $"{PathNames.Normalise(file)}.");
                }
            }
            else
            {
                console.Out.Write(writer.GetStringBuilder()); // in its pieces: no copy of a report of thousands of rows
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static ReviewStatus ParseStatus(string name) => name switch
    {
        "overdue" => ReviewStatus.Overdue,
        "due-soon" => ReviewStatus.DueSoon,
        "current" => ReviewStatus.Current,
        _ => ReviewStatus.Invalid,
    };
}
