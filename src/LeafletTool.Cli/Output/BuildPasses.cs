using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Formatters;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Output;

/// <summary>What checking and rendering gave: leaflets built and not built, errors found, and the configuration of the index.</summary>
public sealed record BuildPassResult(int Built, int Skipped, int Errors, ProjectConfig IndexConfig);

/// <summary>
/// Checks and renders in two passes, so that a leaflet is held only while it is checked and rendered: the first
/// loads every file and gathers the corpus (<see cref="LeafletValidator.Gather"/>); the second checks each file
/// asked about and, when it is to be built, renders and writes it at once, keeping its findings and its index entry.
/// The first leaflet to be built is checked and rendered on its own first, so that a template error stops the build
/// before any other file is written. The findings, then the lines about leaflets not built, are printed after the
/// second pass, in the same order and words as a check followed by a build; a failure while rendering (a template
/// error, a browser that does not start) is thrown after them.
/// </summary>
public sealed class BuildPasses
{
    private readonly LeafletValidator validator;
    private readonly IReadOnlyList<LeafletInput> targets;
    private readonly BuildOptions options;
    private readonly SiteBuilder? site;
    private readonly BuildPlan plan;
    private readonly Checked[] results;
    private readonly ConcurrentQueue<Exception> failures = new();
    private volatile bool failed;
    private FirstPass? firstPass;

    /// <summary>
    /// How many files in a row one thread checks before it renders them. Measured on 10,000 leaflets (CPU s, peak):
    /// one thread, 1 (check, render, check…) 16.1–17.1 s, 16 15.8–16.2 s at the same 233 MB, 32 306 MB; two threads,
    /// 1 17.2–19.6 s 227 MB, 8 16.5–16.6 s 234–237 MB, 16 16.7–17.2 s 293–312 MB: longer runs hold leaflets long
    /// enough for the collector to move them to its oldest generation, where they pile up.
    /// </summary>
    private const int RunLength = 8;

    /// <param name="site">Where pages go; null to check and choose without rendering (a configuration with errors).</param>
    private BuildPasses(LeafletValidator validator, IReadOnlyList<LeafletInput> targets, BuildOptions options, SiteBuilder? site)
    {
        this.validator = validator;
        this.targets = targets;
        this.options = options;
        this.site = site;
        plan = new BuildPlan(targets.Select(t => t.Name));
        results = new Checked[targets.Count];
    }

    /// <summary>Checks, renders into <paramref name="site"/> (unless null), and prints the findings and the refusals to <paramref name="output"/>.</summary>
    public static BuildPassResult Run(LeafletValidator validator, IReadOnlyList<LeafletInput> inputs, IReadOnlyList<Diagnostic> configDiagnostics, BuildOptions options,
        SiteBuilder? site, TextWriter output, bool colour)
    {
        var passes = new BuildPasses(validator, inputs.Where(i => i.IsTarget).ToList(), options, site);
        passes.firstPass = validator.Gather(inputs, options.Jobs);
        passes.CheckAll();

        var report = new DiagnosticReport(Workspace.AllDiagnostics(configDiagnostics, passes.results.Select(r => r.Diagnostics)), passes.targets.Count, Verbose: false, Colour: colour);
        new TextFormatter().Write(report, output);
        var (built, skipped, indexConfig, waiting) = passes.Choose(output);
        passes.RenderWaiting(waiting);
        if (!passes.failures.IsEmpty)
        {
            ExceptionDispatchInfo.Capture(passes.failures.FirstOrDefault(x => x is ToolFailureException) ?? passes.failures.First()).Throw();
        }

        return new BuildPassResult(built, skipped, report.Errors, indexConfig);
    }

    /// <summary>
    /// The second pass. Until a leaflet is built, files are checked a few at a time (in parallel) and looked at in
    /// file order: the first to be built is rendered alone, then the others of its batch; the rest are checked and
    /// rendered in parallel, each thread a run of <see cref="RunLength"/> files at a time.
    /// </summary>
    private void CheckAll()
    {
        var parallel = Jobs.Options(options.Jobs);
        var batch = 2 * parallel.MaxDegreeOfParallelism;
        var next = 0;
        var started = false;
        while (next < targets.Count && !started)
        {
            var outcomes = new LeafletOutcome[Math.Min(batch, targets.Count - next)];
            var offset = next;
            Parallel.For(0, outcomes.Length, parallel, j => outcomes[j] = validator.Check(targets[offset + j], firstPass!, options.AsOf));
            var later = new List<(LeafletOutcome Outcome, int Index)>();
            foreach (var outcome in outcomes)
            {
                var index = next++;
                // Before anything is built, a leaflet sharing its slug is the first of its slug to be built.
                if (!Decide(outcome, index, alone: !started)) continue;
                if (started)
                {
                    later.Add((outcome, index));
                    continue;
                }

                started = true;
                if (site is not null) Try(() => site.StartAsync(CancellationToken.None).GetAwaiter().GetResult());
                Render(outcome, index);
            }

            Parallel.ForEach(later, parallel, l => Render(l.Outcome, l.Index));
        }

        // A run of files is checked, then its leaflets are rendered: the rules' word lists and the templates each stay
        // warm in the processor's caches for a while, which one leaflet checked then rendered at a time would not let them.
        if (next == targets.Count) return;
        Parallel.ForEach(Partitioner.Create(next, targets.Count, RunLength), parallel, run =>
        {
            var toRender = new List<(LeafletOutcome Outcome, int Index)>(run.Item2 - run.Item1);
            for (var i = run.Item1; i < run.Item2; i++)
            {
                var outcome = validator.Check(targets[i], firstPass!, options.AsOf);
                if (Decide(outcome, i, alone: false)) toRender.Add((outcome, i));
            }

            foreach (var (outcome, index) in toRender) Render(outcome, index);
        });
    }

    /// <summary>Records what becomes of a checked file; true when it is to be built now.</summary>
    private bool Decide(LeafletOutcome outcome, int index, bool alone)
    {
        var (fate, problem) = plan.Decide(outcome);
        if (fate == BuildFate.SlugShared && alone) fate = BuildFate.Built;
        results[index] = new Checked(outcome.Diagnostics, fate, problem);
        return fate == BuildFate.Built;
    }

    /// <summary>Prints, in file order, why leaflets are not built, and settles which of those sharing a slug is built.</summary>
    private (int Built, int Skipped, ProjectConfig IndexConfig, List<int> Waiting) Choose(TextWriter output)
    {
        var firstBySlug = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var waiting = new List<int>();
        var (built, skipped) = (0, 0);
        ProjectConfig? indexConfig = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var name = targets[i].Name;
            var slug = LeafletLoader.SlugOf(name);
            switch (results[i].Fate)
            {
                case BuildFate.SlugShared when firstBySlug.TryGetValue(slug, out var first):
                    output.WriteLine(BuildPlan.Line(name, BuildPlan.AlreadyBuilt(first, slug)));
                    skipped++;
                    break;
                case BuildFate.SlugShared:
                    waiting.Add(i);
                    goto case BuildFate.Built;
                case BuildFate.Built:
                    built++;
                    indexConfig ??= targets[i].Config;
                    if (plan.IsShared(slug)) firstBySlug.TryAdd(slug, name);
                    break;
                case BuildFate.Refused:
                    output.WriteLine(BuildPlan.Line(name, results[i].Problem!));
                    skipped++;
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        return (built, skipped, indexConfig ?? (targets.Count > 0 ? targets[0].Config : ProjectConfig.Default), waiting);
    }

    /// <summary>Renders the leaflets that shared a slug and turned out to be the first of it: loaded again, as the pass let them go.</summary>
    private void RenderWaiting(List<int> waiting)
    {
        var parallel = Jobs.Options(options.Jobs);
        Parallel.ForEach(waiting, parallel, i =>
        {
            var input = targets[i];
            if (LeafletValidator.Load(input).Leaflet is { } leaflet) Render(new BuildItem(input.Name, leaflet, input.Config), i);
            else Try(() => throw new ToolFailureException($"{input.Name} changed while it was being built; build again."));
        });
    }

    private void Render(LeafletOutcome outcome, int place) => Render(new BuildItem(outcome.Input.Name, outcome.Leaflet!, outcome.Input.Config), place);

    private void Render(BuildItem item, int place)
    {
        if (site is not null) Try(() => site.Render(item, place));
    }

    /// <summary>Runs a step of rendering unless one has failed; a failure is kept to be thrown once the findings are printed.</summary>
    private void Try(Action step)
    {
        if (failed) return;
        try
        {
            step();
        }
        catch (Exception e)
        {
            failures.Enqueue(e);
            failed = true;
        }
    }

    private readonly record struct Checked(IReadOnlyList<Diagnostic> Diagnostics, BuildFate Fate, string? Problem);
}
