using System.Collections.Concurrent;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Validation;

/// <summary>
/// Checks leaflets in two passes, each in parallel: the first loads every file, adds its facts to the corpus
/// and lets it go (unless there are only a few thousand, see <see cref="KeptSourceBudget"/>); the second loads
/// each file asked about again and runs the rules on it. So memory holds the corpus facts and what callers keep of
/// each outcome, never every leaflet at once.
/// Results come back in the order of the inputs; each file's findings are sorted by line and column.
/// </summary>
public sealed class LeafletValidator(IReadOnlyList<ILeafletRule> rules)
{
    public static LeafletValidator Default { get; } = new(RuleSet.All);

    /// <summary>
    /// Up to how much source text in all (in bytes, or characters for a text not kept as UTF-8) the files asked
    /// about are kept loaded from the first pass to the second instead of being loaded again: 16 MB, about 2,000
    /// leaflets of 1,000 words and 90 MB loaded. A larger check loads each file twice and holds none. Only speed
    /// and memory depend on it, never a result.
    /// </summary>
    public long KeptSourceBudget { get; init; } = 16L * 1024 * 1024;

    /// <summary>Checks the files asked about and keeps every outcome, leaflets included.</summary>
    public IReadOnlyList<LeafletOutcome> Validate(IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs = 0) =>
        Validate(inputs, today, jobs, outcome => outcome);

    /// <summary>
    /// Checks the files asked about and keeps only what <paramref name="keep"/> makes of each outcome, in the
    /// order of the inputs. <paramref name="keep"/> is called on several threads, as soon as a file is checked.
    /// </summary>
    public IReadOnlyList<T> Validate<T>(
        IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs, Func<LeafletOutcome, T> keep) =>
        Validate(inputs, today, jobs, keep, null);

    /// <summary>As above, the corpus also holding the facts of leaflets not among the inputs (from a corpus
    /// index).</summary>
    public IReadOnlyList<T> Validate<T>(IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs,
        Func<LeafletOutcome, T> keep, CorpusSeed? seed)
    {
        var workers = new ConcurrentBag<CheckWorker>();
        var first = Gather(inputs, jobs, workers, seed);
        var targets = SourceList.TargetsOf(inputs);
        var kept = new T[targets.Count];
        Parallel.For(
            0,
            targets.Count,
            Jobs.Options(jobs),
            () => Take(workers),
            (i, _, worker) =>
            {
                kept[i] = keep(Check(targets[i], first, today, worker));
                return worker;
            },
            workers.Add);
        return kept;
    }

    /// <summary>
    /// The first pass: loads every file (in parallel) and gathers the corpus from it, keeping the files asked about
    /// loaded only when their sources are within <see cref="KeptSourceBudget"/>. Also starts unpacking the word
    /// lists when a file asked about is spell-checked.
    /// </summary>
    public FirstPass Gather(IReadOnlyList<LeafletInput> inputs, int jobs = 0) => Gather(inputs, jobs, [], null);

    /// <summary>
    /// The first pass with workers taken from <paramref name="workers"/> and given back: a parallel loop starts a
    /// new task (and asks for new local state) every few hundred milliseconds, and a worker handed on keeps its
    /// word memos and key names warm for the next.
    /// </summary>
    private FirstPass Gather(IReadOnlyList<LeafletInput> inputs, int jobs, ConcurrentBag<CheckWorker> workers,
        CorpusSeed? seed)
    {
        if (inputs.Any(i => ChecksSpelling(i) || FindsNearMisses(i))) WordLists.WarmUp();
        // A source list makes a new input each time it is asked: a load kept for one would never be taken.
        var keepLoaded = inputs is not SourceList
                         && inputs.Where(i => i.IsTarget).Sum(i => i.SourceLength) <= KeptSourceBudget;
        var builder = new CorpusBuilder(countWords: inputs.Any(FindsNearMisses));
        if (seed is not null) builder.Merge(seed);
        var first = new FirstPass(Corpus.Empty);
        Parallel.For(
            0,
            inputs.Count,
            Jobs.Options(jobs),
            () => (Part: builder.NewPart(), Worker: Take(workers)),
            (i, _, local) =>
            {
                var input = inputs[i];
                var load = Load(input, local.Worker.Yaml);
                if (load.Leaflet is { } leaflet) local.Part.Add(leaflet);
                if (keepLoaded && input.IsTarget) first.Keep(input, load);
                return local;
            },
            local =>
            {
                builder.Merge(local.Part);
                workers.Add(local.Worker);
            });
        first.Corpus = builder.Build();
        return first;
    }

    /// <summary>A worker no task is using, else a new one.</summary>
    private static CheckWorker Take(ConcurrentBag<CheckWorker> workers) =>
        workers.TryTake(out var worker) ? worker : new CheckWorker();

    /// <summary>
    /// The second pass for one file: loads it (or takes the first pass's load) and checks it against the corpus,
    /// with the scratch state of the calling <paramref name="worker"/> (a new one when none is given).
    /// </summary>
    public LeafletOutcome Check(LeafletInput input, FirstPass first, DateOnly today, CheckWorker? worker = null)
    {
        worker ??= new CheckWorker();
        return Check(input, first.Load(input, worker), new RuleContext(today, input.Config, first.Corpus), worker);
    }

    /// <summary>
    /// Checks one leaflet against a corpus already gathered; its rules share one <see cref="LeafletAnalysis"/>: the
    /// context's when it is of this leaflet, else a new one with the <paramref name="worker"/>'s scratch state.
    /// </summary>
    public LeafletOutcome Check(LeafletInput input, LoadResult load, RuleContext context, CheckWorker? worker = null)
    {
        var bag = new DiagnosticBag(input.Name);
        bag.AddRange(load.Diagnostics);
        if (load.Leaflet is { } leaflet)
        {
            if (!ReferenceEquals(context.Analysis?.Leaflet, leaflet))
            {
                context = context with { Analysis = new LeafletAnalysis(leaflet, (worker ?? new CheckWorker()).Rules) };
            }

            foreach (var rule in rules)
            {
                if (context.Config.SeverityOf(rule.Info) != Severity.Off) rule.Check(leaflet, context, bag);
            }
        }

        var diagnostics = bag.Items
            .Select(d => d with { Severity = SeverityOf(d, context.Config) })
            .Where(d => d.Severity != Severity.Off)
            .Order(Diagnostic.Order)
            .ToList();
        return new LeafletOutcome(input, load.Leaflet, diagnostics);
    }

    private static bool ChecksSpelling(LeafletInput input) =>
        input.IsTarget && (input.Config.SeverityOf(RuleCatalogue.Spelling) != Severity.Off
                           || input.Config.SeverityOf(RuleCatalogue.AmericanSpelling) != Severity.Off);

    /// <summary>The configured severity of a finding's rule (its own for a rule not in the catalogue).</summary>
    private static Severity SeverityOf(Diagnostic diagnostic, ProjectConfig config) =>
        config.SeverityOf(RuleCatalogue.Find(diagnostic.Rule)
                          ?? new RuleInfo(diagnostic.Rule, diagnostic.Severity, ""));

    /// <summary>
    /// Whether a file asked about may look for near misses among the corpus's words (<c>spelling-inconsistent</c>).
    /// </summary>
    private static bool FindsNearMisses(LeafletInput input) =>
        input.IsTarget && input.Config.SeverityOf(RuleCatalogue.SpellingInconsistent) != Severity.Off;

    /// <summary>Loads one file, with the worker's YAML scratch state when given.</summary>
    public static LoadResult Load(LeafletInput input, YamlScratch? scratch = null)
    {
        var (text, readProblem) = input.Open(scratch);
        if (text is null)
        {
            var problem = Diagnostic.At(RuleCatalogue.UnreadableFile, input.Name, SourcePosition.Start,
                readProblem ?? "The file could not be read.");
            return new LoadResult(null, [problem]);
        }

        return LeafletLoader.Load(SourceDocument.FromText(input.Name, text), scratch);
    }
}
