using System.CommandLine;
using System.Runtime.ExceptionServices;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Output;
using LeafletTool.Cli.Pdf;
using LeafletTool.Cli.Progress;
using LeafletTool.Core.Building;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Formats.Diagnostics;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet build [PATH…] --out DIR</c>: validates, then renders every leaflet without errors. The site build
/// itself is Core's (<see cref="SiteBuild"/>); this command owns the files, the console and the exit code.
/// </summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = CommonOptions.Paths();
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write into (created when missing)",
            HelpName = "DIR",
            Required = true,
        };
        var formats = new Option<string>("--formats")
        {
            Description = "Outputs to make, separated by commas: html, print, text, pdf, or all",
            HelpName = "LIST",
            DefaultValueFactory = _ => PageFormats.Default,
        };
        var templates = new Option<string?>("--templates")
        {
            Description = "The templates folder (default: templates in the current folder, "
                + "else the templates that come with the tool)",
            HelpName = "DIR",
        };
        var largePrint = new Option<bool>("--large-print")
        {
            Description = "Make the clear-print page and PDF in 18pt large print instead of 14pt",
        };
        var chromium = new Option<string?>("--chromium")
        {
            Description = "The Chromium, Chrome or Edge that prints PDFs "
                + $"(default: ${ChromiumLocator.EnvironmentVariable}, else found on this computer)",
            HelpName = "PATH",
        };
        var asOf = CommonOptions.AsOf();
        var config = CommonOptions.Config();
        var jobs = CommonOptions.Jobs();
        var command = new Command("build", "Check leaflets, then write a web page, a clear-print page, plain text "
            + "and (with --formats pdf) a PDF of each one without errors")
        {
            paths, output, formats, templates, largePrint, chromium, asOf, config, jobs,
        };
        var listing = FindingListing.AddTo(command, "List every finding, infos too");
        command.SetAction(parse =>
        {
            var chosen = ParseFormats(parse.GetValue(formats)!);
            var browser = chosen.Contains(PageFormat.Pdf)
                ? ChromiumLocator.Find(parse.GetValue(chromium), console.Environment)
                    ?? throw new ToolFailureException(ChromiumLocator.NotFoundMessage)
                : null;
            var options = new BuildOptions(chosen, parse.GetValue(largePrint), parse.GetValue(asOf) ?? console.Today,
                parse.GetValue(jobs), browser);
            var templatesDir = TemplateFolder.Resolve(parse.GetValue(templates), console.CurrentDirectory);
            return Run(console, parse.GetValue(paths)!, parse.GetValue(output)!, templatesDir, parse.GetValue(config),
                options, FindingListing.From(parse, listing));
        });
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string outDir, string templatesDir, string? configPath,
        BuildOptions options, FindingListing listing)
    {
        var here = console.CurrentDirectory;
        var templateFolder = new TemplateFolder(templatesDir, here);
        var budget = BuildOptions.SourceBudget(console.Environment);
        WorkspaceInputs? read = Workspace.Read(paths, configPath, here, options.Jobs, budget);
        var outFull = Path.GetFullPath(outDir, here);
        OutputGuard.Check(outFull, paths, read.Configs, Path.GetFullPath(templatesDir, here), here);

        // Nothing changed since the last build into this folder: say what it said, write nothing. (Output in
        // colour, for a terminal, is not remembered: a terminal gets a full build, which also writes nothing.)
        var cachePath = console.UseColour || !listing.IsDefault ? null
            : BuildCache.PathFor(outFull, console.Environment);
        var key = cachePath is null
            ? null
            : BuildKey.Of(read, templateFolder, options, new BuildArguments(paths, configPath, here, outFull));
        if (key is not null && FromCache(console, cachePath!, outFull, key, options) is { } exit) return exit;

        var templates = Compile(templateFolder, options.Formats, console);
        if (templates is null) return ExitCodes.Failure;
        console.Phases.End("read");

        var printed = new StringWriter();
        var output = key is null ? console.Out : new TeeWriter(console.Out, printed);
        var configDiagnostics = read.ConfigDiagnostics;
        var configErrors = configDiagnostics.Any(d => d.Severity == Core.Diagnostics.Severity.Error);
        var inputs = read.Inputs;
        read = null;
        var sink = configErrors ? null : new FilePageSink(outFull, options, console.Error);
        var progress = ProgressLine.Start(console, "Building", "Built", "leaflets", !listing.Quiet);
        try
        {
            // Checks each leaflet and, when it is to be built, writes its pages at once; prints the findings
            // afterwards.
            var targets = Core.Validation.SourceList.TargetsOf(inputs).Count;
            progress?.Total = targets;
            var build = new SiteBuild(new LeafletRenderer(templates), options.Site,
                CountingSink.Wrap(sink, progress, options.Formats[0]))
            {
                CorpusGathered = () => console.Phases.End("corpus"),
            };
            var findings = new FindingTally(listing.Limit, listing.Verbose, listing.Quiet);
            findings.Add(configDiagnostics);
            var checkedRun = build.Run(Workspace.Validator(console.Environment), inputs, findings.Add);
            progress?.Dispose();
            console.Phases.End("check and render");
            inputs = null; // the sources are not needed for the index and the PDFs: let them go
            var errors = Print(checkedRun, findings, targets, output, console.UseColour, listing);
            if (sink is null)
            {
                console.Out.WriteLine("Nothing was built: fix the errors in the configuration first.");
                return ExitCodes.LeafletErrors;
            }

            progress = ProgressLine.Start(console, "Printing", "Printed", "PDFs", !listing.Quiet && sink.PdfCount > 0);
            progress?.Total = sink.PdfCount;
            sink.PrintPdfsAsync(CancellationToken.None, progress).GetAwaiter().GetResult();
            progress?.Dispose();
            if (build.WriteIndex(checkedRun.IndexConfig) is { } indexError)
            {
                throw new ToolFailureException($"template error: {indexError}");
            }

            console.Phases.End(sink.PdfCount > 0 ? "PDFs and index" : "index");
            var folder = sink.Folder;
            var (removed, manifestHash) = folder.Finish();
            folder.Close();
            console.Phases.End("finish");
            var built = new BuildCounts(build.Leaflets, sink.Written, sink.Unchanged, removed);
            BuildSummary.Write(console, PathNames.Display(folder.FullPath, here), options, built, checkedRun.Skipped);
            var exitCode = checkedRun.Skipped > 0 || errors > 0 ? ExitCodes.LeafletErrors : ExitCodes.Success;
            if (key is not null)
            {
                BuildCache.Save(cachePath!, key, exitCode, built.Leaflets, checkedRun.Skipped, printed.ToString(),
                    manifestHash);
            }

            return exitCode;
        }
        finally
        {
            progress?.Dispose();
            if (sink is not null) sink.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// The exit code of the last build into the folder when nothing has changed since (the same key, and every file
    /// its record lists as it was written), after printing what it printed; else null. Holds the folder's lock while
    /// it looks, so a build writing into it is not seen half-way.
    /// </summary>
    private static int? FromCache(CliConsole console, string cachePath, string outFull, string key,
        BuildOptions options)
    {
        if (!File.Exists(Path.Combine(outFull, BuildManifest.FileName))) return null;
        OutputLock held;
        try
        {
            held = OutputLock.Take(outFull, console.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the full build says what is wrong with the folder
        }

        using (held)
        {
            if (BuildCache.Find(cachePath, outFull, key) is not { } cached) return null;
            console.Out.Write(cached.Output);
            var counts = new BuildCounts(cached.Leaflets, 0, cached.FileCount);
            BuildSummary.Write(console, PathNames.Display(outFull, console.CurrentDirectory), options, counts,
                cached.Skipped);
            return cached.ExitCode;
        }
    }

    /// <summary>
    /// Prints the findings, then the lines about leaflets refused, in the same order and words as a check followed by
    /// a build; then throws what stopped the rendering, if anything did (the tool's own failures first, as exit 3).
    /// Gives the number of errors found.
    /// </summary>
    private static int Print(SiteBuildResult run, FindingTally findings, int targets, TextWriter output, bool colour,
        FindingListing listing)
    {
        var report = new DiagnosticReport(findings.Findings, targets, listing.Verbose, colour)
        {
            Quiet = listing.Quiet,
            MaxFindings = listing.Limit,
        };
        new TextFormatter().Write(report, output);
        foreach (var line in run.Refusals) output.WriteLine(line);

        var failures = run.Failures;
        var first = failures.FirstOrDefault(f => f is ToolFailureException or BuildFailure)
            ?? (failures.Count > 0 ? failures[0] : null);
        if (first is BuildFailure failure) throw new ToolFailureException(failure.Message);
        if (first is not null) ExceptionDispatchInfo.Capture(first).Throw();
        return report.Errors;
    }

    /// <summary>Reads <c>--formats</c>: the formats in their fixed order.</summary>
    private static IReadOnlyList<PageFormat> ParseFormats(string text)
    {
        var names = string.Join(", ", PageFormats.Names);
        var chosen = PageFormats.Parse(text, out var problem) ?? throw new UsageException($"--formats: {problem}");
        return chosen.Count > 0
            ? chosen
            : throw new UsageException($"--formats needs at least one of {names}, or all");
    }

    /// <summary>
    /// Parses every template; the entry templates of the formats asked for, and the index's, must exist.
    /// </summary>
    private static TemplateSet? Compile(TemplateFolder source, IReadOnlyList<PageFormat> formats, CliConsole console)
    {
        var entries = formats.Select(f => f.Template()).Distinct().Append(PageFormats.IndexTemplate);
        var (set, errors) = TemplateSet.Compile(source, entries);
        foreach (var error in errors)
        {
            console.Error.WriteLine($"leaflet: template error: {TerminalText.Escape(error.ToString())}");
        }
        return set;
    }
}
