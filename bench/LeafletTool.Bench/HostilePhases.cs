using System.Diagnostics;
using LeafletTool.Core.Config;
using LeafletTool.Core.Validation;
using LeafletTool.TestSupport;

namespace LeafletTool.Bench;

/// <summary>
/// Times validating one file of each adversarial shape (tests/LeafletTool.TestSupport/HostileShapes.cs) at a small
/// and a large size, on one thread: the time per file must grow in proportion to its size (a ratio near the ratio of
/// the sizes), never with its square. Prints milliseconds, allocated megabytes and the ratio for each shape.
/// </summary>
internal static class HostilePhases
{
    public static void Run(int small, int large, string? only)
    {
        var today = new DateOnly(2026, 11, 23);
        Console.WriteLine($"{"shape",-26} {small / 1024,6} KiB ms {large / 1024,6} KiB ms   ratio (sizes: "
            + $"{(double)large / small:0.0})   MB allocated (large)   findings");
        foreach (var (name, make) in HostileShapes.All)
        {
            if (only is not null && !name.Contains(only, StringComparison.Ordinal)) continue;
            var (smallMs, _, _) = Time(make(small), today);
            var (largeMs, allocated, findings) = Time(make(large), today);
            Console.WriteLine($"{name,-26} {smallMs,13:0} {largeMs,13:0}   {largeMs / Math.Max(smallMs, 0.5),5:0.0}"
                + $"   {allocated / 1048576.0,20:0}   {findings}");
        }
    }

    /// <summary>All rules, or those named in LEAFLET_BENCH_RULES (comma-separated ids), to see which rule is slow.
    /// </summary>
    private static readonly LeafletValidator Validator =
        Environment.GetEnvironmentVariable("LEAFLET_BENCH_RULES") is { Length: > 0 } only
            ? new LeafletValidator([.. Core.Rules.RuleSet.All.Where(r => only.Split(',').Contains(r.Info.Id))])
            : LeafletValidator.Default;

    private static (double Ms, long Allocated, int Findings) Time(string text, DateOnly today)
    {
        var input = new LeafletInput("leaflets/hostile.yaml", text, ProjectConfig.Default, IsTarget: true);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var outcome = Validator.Validate([input], today, jobs: 1);
        var ms = clock.Elapsed.TotalMilliseconds;
        return (ms, GC.GetAllocatedBytesForCurrentThread() - before, outcome.Sum(o => o.Diagnostics.Count));
    }
}
