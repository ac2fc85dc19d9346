using System.Collections;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Building;

/// <summary>
/// What a build keeps of its findings so that text output can print them exactly as it would print all of them,
/// without holding all of them (seven or so a leaflet, a couple of kilobytes, grow with the library): of each
/// severity text output lists, the first findings in report order (<see cref="Diagnostic.Order"/>) up to the listing
/// limit; of every finding, a count by severity and rule. Findings may be added in any order, from any thread.
/// <see cref="Findings"/> then stands for the whole list: the findings text output lists, in report order, followed
/// by one shared stand-in per severity and rule repeated as often as the findings not listed, so that the text
/// formatter's listing, its counts by rule and its summary come out as they would from the whole list.
/// </summary>
/// <param name="limit">How many findings text output lists (<c>--max-findings</c>); null: all those shown.</param>
/// <param name="verbose">Whether infos are shown.</param>
/// <param name="quiet">Whether only errors are shown.</param>
public sealed class FindingTally(int? limit, bool verbose, bool quiet)
{
    private static readonly Severity[] MostSevereFirst = [Severity.Error, Severity.Warning, Severity.Info];

    private readonly Lock gate = new();
    private readonly List<Diagnostic>[] first = [[], [], [], []];
    private readonly Dictionary<(Severity Severity, string Rule), (Diagnostic Sample, int Count)> counts = [];

    /// <summary>Adds findings; safe to call from several threads at once.</summary>
    public void Add(IReadOnlyList<Diagnostic> findings)
    {
        if (findings.Count == 0) return;
        lock (gate)
        {
            foreach (var finding in findings) Add(finding);
        }
    }

    private void Add(Diagnostic finding)
    {
        var key = (finding.Severity, finding.Rule);
        counts[key] = counts.TryGetValue(key, out var seen) ? (seen.Sample, seen.Count + 1) : (finding, 1);
        // Text output lists errors, warnings and infos only; anything else is counted.
        if (!Shows(finding.Severity) || finding.Severity == Severity.Off) return;
        var kept = first[(int)finding.Severity];
        kept.Add(finding);
        if (limit is { } max && kept.Count >= 2 * max + 64) Trim(kept, max);
    }

    /// <summary>
    /// A list that text output prints exactly as it would print every finding added: the findings it lists first, in
    /// report order, then stand-ins for the others (never listed, only counted).
    /// </summary>
    public IReadOnlyList<Diagnostic> Findings
    {
        get
        {
            lock (gate)
            {
                var listed = new List<Diagnostic>();
                var room = limit ?? int.MaxValue;
                foreach (var severity in MostSevereFirst)
                {
                    var kept = first[(int)severity];
                    Trim(kept, room);
                    listed.AddRange(kept);
                    room -= kept.Count;
                }

                var left = new Dictionary<(Severity, string), int>();
                foreach (var finding in listed)
                {
                    var key = (finding.Severity, finding.Rule);
                    left[key] = left.GetValueOrDefault(key) + 1;
                }

                listed.Sort(Diagnostic.Order);
                var rest = counts.Select(c => (c.Value.Sample, Count: c.Value.Count - left.GetValueOrDefault(c.Key)))
                    .Where(c => c.Count > 0).ToArray();
                return new Tallied(listed, rest);
            }
        }
    }

    private bool Shows(Severity severity) => severity switch
    {
        Severity.Error => true,
        Severity.Warning => !quiet,
        _ => verbose && !quiet,
    };

    /// <summary>Keeps the first <paramref name="max"/> findings in report order, sorted.</summary>
    private static void Trim(List<Diagnostic> kept, int max)
    {
        kept.Sort(Diagnostic.Order);
        if (kept.Count > max) kept.RemoveRange(max, kept.Count - max);
    }

    /// <summary>The findings listed, then each stand-in as many times as the findings it stands for.</summary>
    private sealed class Tallied(List<Diagnostic> listed, (Diagnostic Sample, int Count)[] rest)
        : IReadOnlyList<Diagnostic>
    {
        public int Count { get; } = listed.Count + rest.Sum(r => r.Count);

        public Diagnostic this[int index]
        {
            get
            {
                if (index < listed.Count) return listed[index];
                index -= listed.Count;
                foreach (var (sample, count) in rest)
                {
                    if (index < count) return sample;
                    index -= count;
                }

                throw new ArgumentOutOfRangeException(nameof(index));
            }
        }

        public IEnumerator<Diagnostic> GetEnumerator()
        {
            foreach (var finding in listed) yield return finding;
            foreach (var (sample, count) in rest)
            {
                for (var i = 0; i < count; i++) yield return sample;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
