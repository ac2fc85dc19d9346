using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Validation;

/// <summary>
/// What a check keeps between leaflets is held by objects it is handed (a worker, a leaflet's analysis), never by
/// the thread it runs on: leaflets checked interleaved on one worker, or on many threads at once, get the findings
/// each gets alone.
/// </summary>
public class ExplicitStateTests
{
    private static readonly string[] Paragraphs =
    [
        "Your stomma nurse will visit you at home between 9am-5pm. The the dressing stays on.",
        "Take paracetamol for the pain. Call the ward untill you feel better, the color will fade.",
        "Keep the wound dry for 2 days. Stoma care is explained by the stoma nurse on the stoma ward.",
    ];

    private static LeafletInput Input(int i) =>
        new($"leaflets/leaflet-{i}.yaml", LanguageLeaflet.WithParagraph(Paragraphs[i % Paragraphs.Length]),
            ProjectConfig.Default, IsTarget: true);

    [Fact]
    public void Leaflets_checked_interleaved_on_one_worker_get_the_findings_each_gets_alone()
    {
        var validator = LeafletValidator.Default;
        var inputs = Enumerable.Range(0, 3).Select(Input).ToList();
        var first = validator.Gather(inputs, jobs: 1);
        var alone = inputs.Select(i => validator.Check(i, first.Load(i), Context(first), new CheckWorker())).ToList();

        var worker = new CheckWorker();
        var loads = inputs.Select(i => LeafletValidator.Load(i, worker.Yaml)).ToList();
        var contexts = inputs.Select(i => Context(first) with
        {
            Analysis = new LeafletAnalysis(loads[inputs.IndexOf(i)].Leaflet!, worker.Rules),
        }).ToList();

        // Half of each leaflet's analysis is made before the next leaflet's, on the same worker.
        foreach (var context in contexts) _ = context.Analysis!.Prose.Texts[0].Words;
        var interleaved = inputs.Select((input, i) => validator.Check(input, loads[i], contexts[i], worker)).ToList();

        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.NotEmpty(alone[i].Diagnostics);
            Assert.Equal(alone[i].Diagnostics, interleaved[i].Diagnostics);
        }
    }

    [Fact]
    public void A_leaflets_rules_run_after_another_leaflets_check_on_the_same_worker_find_what_they_find_alone()
    {
        var inputs = Enumerable.Range(0, 3).Select(Input).ToList();
        var first = LeafletValidator.Default.Gather(inputs, jobs: 1);
        var (a, b) = (LeafletValidator.Load(inputs[0]).Leaflet!, LeafletValidator.Load(inputs[1]).Leaflet!);
        var alone = Findings(a, Context(first) with { Analysis = new LeafletAnalysis(a) }, parallel: false);

        // A's analysis, then all of B's check, then A's rules on another thread, all with one worker's scratch.
        var worker = new CheckWorker();
        var contextOfA = Context(first) with { Analysis = new LeafletAnalysis(a, worker.Rules) };
        _ = SpellingCheck.Of(a, contextOfA);
        var contextOfB = Context(first) with { Analysis = new LeafletAnalysis(b, worker.Rules) };
        var ofB = Findings(b, contextOfB, parallel: false);
        List<Diagnostic> ofA = [];
        var other = new Thread(() => ofA = Findings(a, contextOfA, parallel: false));
        other.Start();
        other.Join();

        Assert.Contains(alone, d => d.Rule.Contains("spelling", StringComparison.Ordinal));
        Assert.Equal(alone, ofA);
        Assert.Equal(Findings(b, Context(first) with { Analysis = new LeafletAnalysis(b) }, parallel: false), ofB);
    }

    [Fact]
    public void A_check_on_many_threads_gets_the_findings_of_a_check_on_one()
    {
        var inputs = Enumerable.Range(0, 60).Select(Input).ToList();

        var one = LeafletValidator.Default.Validate(inputs, TestLeaflet.Today, jobs: 1);
        var many = LeafletValidator.Default.Validate(inputs, TestLeaflet.Today, jobs: 8);

        Assert.Equal(one.Select(o => o.Diagnostics), many.Select(o => o.Diagnostics));
    }

    [Fact]
    public void The_rules_of_one_leaflet_share_its_analysis_and_a_rule_run_on_its_own_makes_one()
    {
        var leaflet = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph(Paragraphs[1]));
        var other = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph(Paragraphs[1]));
        var context = Context(null) with { Analysis = new LeafletAnalysis(leaflet) };

        Assert.Same(SpellingCheck.Of(leaflet, context), SpellingCheck.Of(leaflet, context));
        Assert.Same(context.Analysis, context.AnalysisOf(leaflet));
        Assert.NotSame(context.Analysis, context.AnalysisOf(other));
        Assert.Equal(SpellingCheck.Of(leaflet, context).Select(p => p.Word),
            SpellingCheck.Of(other, context).Select(p => p.Word));
    }

    [Fact]
    public void Rules_run_one_per_thread_find_what_they_find_in_turn()
    {
        var leaflet = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph(Paragraphs[0]));
        var context = Context(null) with { Analysis = new LeafletAnalysis(leaflet) };
        var inTurn = Findings(leaflet, Context(null) with { Analysis = new LeafletAnalysis(leaflet) }, parallel: false);

        var apart = Findings(leaflet, context, parallel: true);

        Assert.Equal(inTurn, apart);
    }

    private static List<Diagnostic> Findings(Model.Leaflet leaflet, RuleContext context, bool parallel)
    {
        var bags = RuleSet.All.Select(_ => new DiagnosticBag(LanguageLeaflet.Name)).ToArray();
        if (parallel)
        {
            // Each rule on its own thread, one after another, so no two touch the analysis at once.
            for (var i = 0; i < bags.Length; i++)
            {
                var rule = i;
                var thread = new Thread(() => RuleSet.All[rule].Check(leaflet, context, bags[rule]));
                thread.Start();
                thread.Join();
            }
        }
        else
        {
            for (var i = 0; i < bags.Length; i++) RuleSet.All[i].Check(leaflet, context, bags[i]);
        }

        return bags.SelectMany(b => b.Items).ToList();
    }

    private static RuleContext Context(FirstPass? first) =>
        new(TestLeaflet.Today, ProjectConfig.Default, first?.Corpus ?? Corpus.Empty);
}
