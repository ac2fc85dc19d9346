using LeafletTool.Core.Language;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Validation;

/// <summary>
/// Checks leaflets in two passes, each in parallel: the first loads every file, adds its facts to the corpus
/// and lets it go; the second loads each file asked about again and runs the rules on it. So memory holds
/// the corpus facts and what callers keep of each outcome, never every leaflet at once.
/// Results come back in the order of the inputs; each file's findings are sorted by line and column.
/// </summary>
public sealed class LeafletValidator(IReadOnlyList<ILeafletRule> rules)
{
    public static LeafletValidator Default { get; } = new(RuleSet.All);

    /// <summary>Checks the files asked about and keeps every outcome, leaflets included.</summary>
    public IReadOnlyList<LeafletOutcome> Validate(IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs = 0) =>
        Validate(inputs, today, jobs, outcome => outcome);

    /// <summary>
    /// Checks the files asked about and keeps only what <paramref name="keep"/> makes of each outcome, in the
    /// order of the inputs. <paramref name="keep"/> is called on several threads, as soon as a file is checked.
    /// </summary>
    public IReadOnlyList<T> Validate<T>(IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs, Func<LeafletOutcome, T> keep)
    {
        var corpus = Gather(inputs, jobs);
        var targets = inputs.Where(i => i.IsTarget).ToList();
        var kept = new T[targets.Count];
        Parallel.For(0, targets.Count, Options(jobs), i => kept[i] = keep(Check(targets[i], corpus, today)));
        return kept;
    }

    /// <summary>
    /// The first pass: loads every file (in parallel) and gathers the corpus from it, keeping no leaflet.
    /// Also starts unpacking the word lists when a file asked about is spell-checked.
    /// </summary>
    public static Corpus Gather(IReadOnlyList<LeafletInput> inputs, int jobs = 0)
    {
        if (inputs.Any(i => ChecksSpelling(i) || FindsNearMisses(i))) WordLists.WarmUp();
        var builder = new CorpusBuilder(countWords: inputs.Any(FindsNearMisses));
        Parallel.For(
            0,
            inputs.Count,
            Options(jobs),
            builder.NewPart,
            (i, _, part) =>
            {
                if (Load(inputs[i]).Leaflet is { } leaflet) part.Add(leaflet);
                return part;
            },
            builder.Merge);
        return builder.Build();
    }

    /// <summary>The second pass for one file: loads it and checks it against a corpus already gathered.</summary>
    public LeafletOutcome Check(LeafletInput input, Corpus corpus, DateOnly today) =>
        Check(input, Load(input), new RuleContext(today, input.Config, corpus));

    /// <summary>Checks one leaflet against a corpus already gathered.</summary>
    public LeafletOutcome Check(LeafletInput input, LoadResult load, RuleContext context)
    {
        var bag = new DiagnosticBag(input.Name);
        bag.AddRange(load.Diagnostics);
        if (load.Leaflet is { } leaflet)
        {
            foreach (var rule in rules)
            {
                if (context.Config.SeverityOf(rule.Info) != Severity.Off) rule.Check(leaflet, context, bag);
            }
        }

        var diagnostics = bag.Items
            .Select(d => d with { Severity = context.Config.SeverityOf(RuleCatalogue.Find(d.Rule) ?? new RuleInfo(d.Rule, d.Severity, "")) })
            .Where(d => d.Severity != Severity.Off)
            .Order(Diagnostic.Order)
            .ToList();
        return new LeafletOutcome(input, load.Leaflet, diagnostics);
    }

    private static ParallelOptions Options(int jobs) => new() { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };

    private static bool ChecksSpelling(LeafletInput input) =>
        input.IsTarget && (input.Config.SeverityOf(RuleCatalogue.Spelling) != Severity.Off
                           || input.Config.SeverityOf(RuleCatalogue.AmericanSpelling) != Severity.Off);

    /// <summary>Whether a file asked about may look for near misses among the corpus's words (<c>spelling-inconsistent</c>).</summary>
    private static bool FindsNearMisses(LeafletInput input) =>
        input.IsTarget && input.Config.SeverityOf(RuleCatalogue.SpellingInconsistent) != Severity.Off;

    public static LoadResult Load(LeafletInput input)
    {
        if (input.Text is not { } text)
        {
            var problem = Diagnostic.At(RuleCatalogue.UnreadableFile, input.Name, SourcePosition.Start,
                input.ReadProblem ?? "The file could not be read.");
            return new LoadResult(null, [problem]);
        }

        return LeafletLoader.Load(SourceDocument.FromText(input.Name, text));
    }
}
