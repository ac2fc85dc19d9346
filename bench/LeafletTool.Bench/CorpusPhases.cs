using System.Diagnostics;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules.Contacts;
using LeafletTool.Core.Rules.Dates;
using LeafletTool.Core.Rules.Identity;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Rules.Structure;
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
        var files = Directory.GetFiles(folder, "*.yaml")
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .ToArray();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var inputs = Time("read", files.Length,
            () => files.Select(f => new LeafletInput(f, File.ReadAllText(f), config, IsTarget: true)).ToList());
        var held = GC.GetTotalMemory(forceFullCollection: true);
        var loads = Time("load (YAML + model), first", files.Length,
            () => inputs.Select(i => LeafletValidator.Load(i)).ToList());
        Time("load, each dropped at once", files.Length,
            () => inputs.Count(i => LeafletValidator.Load(i).Leaflet is not null));
        Time("YAML only, each dropped", files.Length,
            () => inputs.Count(
            i => Core.Yaml.YamlDocumentReader.Read(
            Core.Text.SourceDocument.FromText(i.Name, i.Text!)).Root is not null));
        var leaflets = loads.Select(l => l.Leaflet).OfType<Leaflet>().ToList();
        var loaded = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"memory: sources {(held - before) >> 20} MB, sources + leaflets {(loaded - before) >> 20} "
            + "MB");

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

        // The two passes of the validator on one thread, keeping only the findings (as `leaflet validate` does),
        // so that the collector does not copy every loaded leaflet as the rows below (which keep every outcome) do.
        var first = Time("validator pass 1 (load + corpus)", files.Length, () =>
        {
            var gathered = LeafletValidator.Default.Gather(inputs, jobs: 1);
            _ = gathered.Corpus.Words;
            return gathered;
        });
        var gcBefore = (GC.CollectionCount(0), GC.GetTotalPauseDuration());
        Time("validator pass 2 (load + rules)", files.Length,
            () => inputs.Sum(i => LeafletValidator.Default.Check(i, first, today).Diagnostics.Count));
        Console.WriteLine($"  garbage collections: {GC.CollectionCount(0) - gcBefore.Item1}, paused "
            + $"{(GC.GetTotalPauseDuration() - gcBefore.Item2).TotalMilliseconds:0} ms");
        var loadedOnly = inputs.Select(i => LeafletValidator.Load(i)).ToList();
        Time("validator rules only (loaded)", files.Length, () =>
            Enumerable.Range(0, inputs.Count)
                .Sum(i => LeafletValidator.Default.Check(inputs[i], loadedOnly[i], context).Diagnostics.Count));
        loadedOnly = null;

        foreach (var jobs in new[] { 1, Environment.ProcessorCount })
        {
            var pause = GC.GetTotalPauseDuration();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            Time($"validator, {jobs} thread(s)", files.Length,
                () => LeafletValidator.Default.Validate(inputs, today, jobs));
            Console.WriteLine($"  garbage collections: {GC.CollectionCount(0) - gen0} (gen1 "
                + $"{GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}), paused "
                + $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms");
        }
    }

    private static T Time<T>(string what, int count, Func<T> work)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        var result = work();
        watch.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var perLeaflet = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / count;
        Console.WriteLine($"{what,-34} {watch.Elapsed.TotalMilliseconds / count,7:0.000} ms/leaflet wall "
            + $"{watch.ElapsedMilliseconds,6} ms, cpu {used.TotalMilliseconds,6:0} ms, {perLeaflet,6:0.0} KB/leaflet");
        return result;
    }
}
