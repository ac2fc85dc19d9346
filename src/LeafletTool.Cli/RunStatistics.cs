using System.Diagnostics;

namespace LeafletTool.Cli;

/// <summary>
/// With LEAFLET_STATS set, one line on standard error when the command ends: wall and processor time, garbage
/// collections and their pauses, memory allocated and at peak; then, when the command marked its phases (build does),
/// a second line with the wall time of each. For benchmarks (bench/run.sh prints it); off by default.
/// </summary>
internal static class RunStatistics
{
    public static void WriteIfAsked(TextWriter error, Func<string, string?> environment, PhaseTimes? phases = null)
    {
        if (string.IsNullOrEmpty(environment("LEAFLET_STATS"))) return;
        using var process = Process.GetCurrentProcess();
        var wall = DateTime.Now - process.StartTime;
        error.WriteLine(
            $"leaflet: stats: wall {wall.TotalSeconds:F2} s, cpu {process.UserProcessorTime.TotalSeconds:F2} s user + "
            + $"{process.PrivilegedProcessorTime.TotalSeconds:F2} s system, "
            + $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2) paused "
            + $"{GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, "
            + $"allocated {GC.GetTotalAllocatedBytes() / (1 << 20)} MB, peak {process.PeakWorkingSet64 / (1 << 20)} "
            + "MB, "
            + $"jit {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in "
            + $"{System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms");
        if (phases?.Summary() is { } summary) error.WriteLine($"leaflet: phases: {summary}");
    }
}
