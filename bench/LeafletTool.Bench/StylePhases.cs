using System.Diagnostics;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

namespace LeafletTool.Bench;

/// <summary>
/// <c>bench style FOLDER [ROUNDS]</c>: what the nine content-style rules add to validating each leaflet, as the
/// validator runs them: each leaflet's analysis (its prose and words, which the spelling rules make anyway) is made
/// first, then each rule is timed over every leaflet, the rules taking turns for ROUNDS rounds (default 5); the
/// median CPU time of each, and of the nine in one pass, per leaflet.
/// </summary>
internal static class StylePhases
{
    private static readonly string[] Ids =
    [
        "plain-words", "medical-jargon", "abbreviation-unexplained", "heading-case", "link-text", "date-style",
        "latin-abbreviation", "number-range", "block-capitals",
    ];

    public static void Run(string folder, int rounds)
    {
        var config = ProjectConfig.Default with { ResourceNumberPattern = @"^\d{5}/VER[1-9]\d*$" };
        var files = Directory.GetFiles(folder, "*.yaml")
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ToArray();
        var leaflets = files.Select(f => LeafletValidator.Load(new LeafletInput(f, File.ReadAllText(f), config,
            IsTarget: true)).Leaflet).OfType<Leaflet>().ToList();
        var context = new RuleContext(new DateOnly(2026, 11, 23), config, Corpus.Build(leaflets));
        var contexts = leaflets.Select(l =>
        {
            var analysis = new LeafletAnalysis(l);
            foreach (var text in analysis.Prose.Texts) _ = text.Words;
            return context with { Analysis = analysis };
        }).ToList();
        var rules = Ids.Select(id => RuleSet.All.Single(r => r.Info.Id == id)).ToList();
        var times = rules.ToDictionary(r => r.Info.Id, _ => new List<double>());
        times["all nine, one pass"] = [];
        var findings = 0;
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var rule in rules)
            {
                var ms = Cpu(() => findings += Check(leaflets, contexts, [rule]));
                if (round > 0) times[rule.Info.Id].Add(ms);
            }

            var all = Cpu(() => findings += Check(leaflets, contexts, rules));
            if (round > 0) times["all nine, one pass"].Add(all);
        }

        Console.WriteLine($"{leaflets.Count} leaflets, median CPU of {rounds} rounds, ms per leaflet:");
        foreach (var (id, list) in times)
        {
            list.Sort();
            Console.WriteLine($"  {id,-26} {list[list.Count / 2] / leaflets.Count,7:0.0000}  "
                + $"(min {list[0] / leaflets.Count:0.0000}, max {list[^1] / leaflets.Count:0.0000})");
        }

        var sum = times.Where(t => t.Key != "all nine, one pass").Sum(t => t.Value[t.Value.Count / 2]);
        Console.WriteLine($"  sum of the nine rows       {sum / leaflets.Count,7:0.0000}   ({findings} findings)");
    }

    private static int Check(List<Leaflet> leaflets, List<RuleContext> contexts, List<ILeafletRule> rules)
    {
        var count = 0;
        for (var i = 0; i < leaflets.Count; i++)
        {
            var bag = new DiagnosticBag(leaflets[i].File);
            foreach (var rule in rules) rule.Check(leaflets[i], contexts[i], bag);
            count += bag.Items.Count;
        }

        return count;
    }

    private static double Cpu(Action work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        work();
        return (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    }
}
