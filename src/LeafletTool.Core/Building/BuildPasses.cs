using System.Collections.Concurrent;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Building;

/// <summary>
/// Checks and renders in two passes, so that a leaflet is held only while it is checked and rendered: the first
/// loads every file and gathers the corpus (<see cref="LeafletValidator.Gather"/>); the second checks each file
/// asked about and, when it is to be built, renders it at once, keeping its findings. The first leaflet to be built
/// is checked and rendered on its own first, so that a template error stops the build before any other page is
/// written. Then the lines about leaflets not built are made in file order, and the leaflets that shared a slug with
/// a later file are rendered. A failure while rendering (a template error, a sink that cannot write) is kept, and
/// nothing more is rendered after it.
/// </summary>
internal sealed class BuildPasses
{
    private readonly LeafletValidator validator;
    private readonly IReadOnlyList<LeafletInput> targets;
    private readonly SiteBuildOptions options;
    private readonly Action<BuildItem, int, BuildWorker>? render;
    private readonly Action start;
    private readonly BuildWorker.Pool workers;
    private readonly BuildPlan plan;
    /// <summary>What became of each file: a byte a file, its findings only when the build keeps them, and the
    /// reasons of the few refused (24 bytes a file were kept, 2.4 MB through a build of 100,000 leaflets).</summary>
    private readonly BuildFate[] fates;
    private readonly IReadOnlyList<Diagnostic>?[]? diagnostics;
    private readonly ConcurrentDictionary<int, string> problems = new();
    private readonly Action<IReadOnlyList<Diagnostic>>? findings;
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

    /// <param name="render">Renders a leaflet at its place with a worker; null to check and choose only.</param>
    /// <param name="start">Called once, before the first leaflet is rendered.</param>
    /// <param name="findings">Given each file's findings as soon as it is checked, in no particular order, instead
    /// of keeping them for the result; null to keep them.</param>
    public BuildPasses(LeafletValidator validator, IReadOnlyList<LeafletInput> targets, SiteBuildOptions options,
        Action<BuildItem, int, BuildWorker>? render, Action start, BuildWorker.Pool workers,
        Action<IReadOnlyList<Diagnostic>>? findings = null)
    {
        this.findings = findings;
        this.validator = validator;
        this.targets = targets;
        this.options = options;
        this.render = render;
        this.start = start;
        this.workers = workers;
        plan = new BuildPlan(targets.Select(t => t.Name));
        fates = new BuildFate[targets.Count];
        diagnostics = findings is null ? new IReadOnlyList<Diagnostic>?[targets.Count] : null;
    }

    /// <summary>Called once the corpus is gathered, before the second pass.</summary>
    public Action? CorpusGathered { get; init; }

    /// <summary>The failures while rendering, in the order they happened.</summary>
    public IReadOnlyCollection<Exception> Failures => failures;

    /// <summary>Checks every file, renders those to be built, and says what became of each.</summary>
    public SiteBuildResult Run(IReadOnlyList<LeafletInput> inputs)
    {
        firstPass = validator.Gather(inputs, options.Jobs);
        CorpusGathered?.Invoke();
        CheckAll();
        firstPass = null;
        var lines = new List<string>();
        var (built, skipped, indexConfig, waiting) = Choose(lines);
        RenderWaiting(waiting);
        var byFile = Enumerable.Range(0, fates.Length).Select(i => diagnostics?[i] ?? []).ToList();
        return new SiteBuildResult(byFile, lines, built, skipped,
            indexConfig, failures.ToList());
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
            Parallel.For(0, outcomes.Length, parallel, workers.Take, (j, _, worker) =>
            {
                outcomes[j] = validator.Check(targets[offset + j], firstPass!, options.AsOf, worker.Checker);
                return worker;
            }, workers.GiveBack);
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
                if (render is not null) Try(start);
                var worker = workers.Take();
                Render(outcome, index, worker);
                workers.GiveBack(worker);
            }

            Parallel.ForEach(later, parallel, workers.Take, (l, _, worker) => Render(l.Outcome, l.Index, worker),
                workers.GiveBack);
        }

        // A run of files is checked, then its leaflets are rendered: the rules' word lists and the templates each stay
        // warm in the processor's caches for a while, which one leaflet checked then rendered at a time would not let
        // them.
        if (next == targets.Count) return;
        Parallel.ForEach(Partitioner.Create(next, targets.Count, RunLength), parallel, workers.Take, (run, _, worker) =>
        {
            var toRender = new List<(LeafletOutcome Outcome, int Index)>(run.Item2 - run.Item1);
            for (var i = run.Item1; i < run.Item2; i++)
            {
                var outcome = validator.Check(targets[i], firstPass!, options.AsOf, worker.Checker);
                if (Decide(outcome, i, alone: false)) toRender.Add((outcome, i));
            }

            foreach (var (outcome, index) in toRender) Render(outcome, index, worker);
            return worker;
        }, workers.GiveBack);
    }

    /// <summary>Records what becomes of a checked file; true when it is to be built now.</summary>
    private bool Decide(LeafletOutcome outcome, int index, bool alone)
    {
        var (fate, problem) = plan.Decide(outcome);
        if (fate == BuildFate.SlugShared && alone) fate = BuildFate.Built;
        findings?.Invoke(outcome.Diagnostics);
        fates[index] = fate;
        if (diagnostics is not null) diagnostics[index] = outcome.Diagnostics;
        if (problem is not null) problems[index] = problem;
        return fate == BuildFate.Built;
    }

    /// <summary>
    /// Says, in file order, why leaflets are not built, and settles which of those sharing a slug is built.
    /// </summary>
    private (int Built, int Skipped, ProjectConfig IndexConfig, List<int> Waiting) Choose(List<string> output)
    {
        var firstBySlug = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var waiting = new List<int>();
        var (built, skipped) = (0, 0);
        ProjectConfig? indexConfig = null;
        for (var i = 0; i < targets.Count; i++)
        {
            var name = targets[i].Name;
            var slug = LeafletLoader.SlugOf(name);
            switch (fates[i])
            {
                case BuildFate.SlugShared when firstBySlug.TryGetValue(slug, out var first):
                    output.Add(BuildPlan.Line(name, BuildPlan.AlreadyBuilt(first, slug)));
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
                    output.Add(BuildPlan.Line(name, problems[i]));
                    skipped++;
                    break;
                default:
                    skipped++;
                    break;
            }
        }

        indexConfig ??= targets.Count > 0 ? targets[0].Config : ProjectConfig.Default;
        return (built, skipped, indexConfig, waiting);
    }

    /// <summary>
    /// Renders the leaflets that shared a slug and turned out to be the first of it: loaded again, as the pass let
    /// them go.
    /// </summary>
    private void RenderWaiting(List<int> waiting)
    {
        Parallel.ForEach(waiting, Jobs.Options(options.Jobs), workers.Take, (i, _, worker) =>
        {
            var input = targets[i];
            if (LeafletValidator.Load(input).Leaflet is { } leaflet)
            {
                Render(new BuildItem(input.Name, leaflet, input.Config), i, worker);
            }
            else
            {
                Try(() => throw new BuildFailure($"{input.Name} changed while it was being built; build again."));
            }

            return worker;
        }, workers.GiveBack);
    }

    private BuildWorker Render(LeafletOutcome outcome, int place, BuildWorker worker) =>
        Render(new BuildItem(outcome.Input.Name, outcome.Leaflet!, outcome.Input.Config), place, worker);

    private BuildWorker Render(BuildItem item, int place, BuildWorker worker)
    {
        if (render is not null) Try(() => render(item, place, worker));
        return worker;
    }

    /// <summary>Runs a step of rendering unless one has failed; a failure is kept for the caller.</summary>
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
}
