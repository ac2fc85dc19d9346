using System.Diagnostics;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

namespace LeafletTool.Bench;

/// <summary>
/// Times each phase of validating a generated corpus in one thread (read, load, corpus word counts, each rule),
/// then the whole validator on one and on all cores, with the memory the loaded leaflets hold. This is the
/// profile that says where the time of <c>leaflet validate</c> goes.
/// </summary>
internal static class CorpusPhases
{
    public static void Run(string folder)
    {
        var config = ProjectConfig.Default with
        {
            ResourceNumberPattern = @"^\d{5}/VER[1-9]\d*$",
            HouseWords = File.ReadAllLines(Path.Combine(folder, "dictionary.txt")),
        };
        var today = new DateOnly(2026, 11, 23);
        var files = Directory.GetFiles(folder, "*.yaml").Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var inputs = Time("read", files.Length, () => files.Select(f => new LeafletInput(f, File.ReadAllText(f), config, IsTarget: true)).ToList());
        var held = GC.GetTotalMemory(forceFullCollection: true);
        var loads = Time("load (YAML + model), first", files.Length, () => inputs.Select(LeafletValidator.Load).ToList());
        Time("load, each dropped at once", files.Length, () => inputs.Count(i => LeafletValidator.Load(i).Leaflet is not null));
        Time("YAML only, each dropped", files.Length, () => inputs.Count(i => Core.Yaml.YamlDocumentReader.Read(Core.Text.SourceDocument.FromText(i.Name, i.Text!)).Root is not null));
        var leaflets = loads.Select(l => l.Leaflet).OfType<Leaflet>().ToList();
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"memory: sources {(held - before) >> 20} MB, sources + leaflets {(loaded - before) >> 20} MB");

        var corpus = Time("corpus word counts", files.Length, () =>
        {
            var c = Corpus.Build(leaflets);
            _ = c.Words;
            return c;
        });
        var context = new RuleContext(today, config, corpus);
        foreach (var rule in RuleSet.All)
        {
            Time($"  {rule.Info.Id}", files.Length, () =>
            {
                foreach (var leaflet in leaflets) rule.Check(leaflet, context, new DiagnosticBag(leaflet.File));
                return 0;
            });
        }

        foreach (var jobs in new[] { 1, Environment.ProcessorCount })
        {
            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            Time($"validator, {jobs} thread(s)", files.Length, () => LeafletValidator.Default.Validate(inputs, today, jobs));
            Console.WriteLine($"  garbage collections: {GC.CollectionCount(0) - gen0} (gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}), paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms");
        }
    }

    private static T Time<T>(string what, int count, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{what,-34} {watch.Elapsed.TotalMilliseconds / count,7:0.000} ms/leaflet wall {watch.ElapsedMilliseconds,6} ms, cpu {used.TotalMilliseconds,6:0} ms");
        return result;
    }
}
