namespace LeafletTool.Cli;

/// <summary>
/// The wall time of a command's phases, printed with the statistics (<see cref="RunStatistics"/>, LEAFLET_STATS):
/// each mark ends the phase it names, which began at the mark before it (the first when the console was made, at
/// the start of the process). Marks come from one thread at a time.
/// </summary>
public sealed class PhaseTimes(TimeProvider clock)
{
    private readonly List<(string Name, TimeSpan Took)> phases = [];
    private long last = clock.GetTimestamp();

    /// <summary>Ends the phase <paramref name="name"/> now.</summary>
    public void End(string name)
    {
        var now = clock.GetTimestamp();
        lock (phases) phases.Add((name, clock.GetElapsedTime(last, now)));
        last = now;
    }

    /// <summary>"read 0.12 s, corpus 1.87 s, …", or null when no phase was marked.</summary>
    public string? Summary()
    {
        lock (phases)
        {
            return phases.Count == 0
                ? null
                : string.Join(", ", phases.Select(p => FormattableString.Invariant(
                    $"{p.Name} {p.Took.TotalSeconds:F2} s")));
        }
    }
}
