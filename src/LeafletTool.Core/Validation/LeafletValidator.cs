using LeafletTool.Core.Language;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Validation;

/// <summary>
/// Loads every file, gathers the corpus, then runs the rules on the files asked about, in parallel.
/// Results come back in the order of the inputs; each file's findings are sorted by line and column.
/// </summary>
public sealed class LeafletValidator(IReadOnlyList<ILeafletRule> rules)
{
    public static LeafletValidator Default { get; } = new(RuleSet.All);

    public IReadOnlyList<LeafletOutcome> Validate(IReadOnlyList<LeafletInput> inputs, DateOnly today, int jobs = 0)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = jobs > 0 ? jobs : Environment.ProcessorCount };
        if (inputs.Any(ChecksSpelling)) WordLists.WarmUp();
        var loads = new LoadResult[inputs.Count];
        Parallel.For(0, inputs.Count, options, i => loads[i] = Load(inputs[i]));

        var corpus = Corpus.Build(loads.Select(l => l.Leaflet).OfType<Model.Leaflet>());
        var outcomes = new LeafletOutcome?[inputs.Count];
        Parallel.For(0, inputs.Count, options, i =>
        {
            if (inputs[i].IsTarget) outcomes[i] = Check(inputs[i], loads[i], new RuleContext(today, inputs[i].Config, corpus));
        });
        return outcomes.OfType<LeafletOutcome>().ToList();
    }

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

    private static bool ChecksSpelling(LeafletInput input) =>
        input.IsTarget && (input.Config.SeverityOf(RuleCatalogue.Spelling) != Severity.Off
                           || input.Config.SeverityOf(RuleCatalogue.SpellingInconsistent) != Severity.Off
                           || input.Config.SeverityOf(RuleCatalogue.AmericanSpelling) != Severity.Off);

    public static LoadResult Load(LeafletInput input)
    {
        if (input.Text is null)
        {
            var problem = Diagnostic.At(RuleCatalogue.UnreadableFile, input.Name, SourcePosition.Start,
                input.ReadProblem ?? "The file could not be read.");
            return new LoadResult(null, [problem]);
        }

        return LeafletLoader.Load(SourceDocument.FromText(input.Name, input.Text));
    }
}
