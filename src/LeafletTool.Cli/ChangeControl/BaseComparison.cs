using System.Collections.Concurrent;
using LeafletTool.Core.ChangeControl;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.ChangeControl;

/// <summary>
/// <c>validate --base</c>: keeps a small snapshot of each leaflet checked (<see cref="Capture"/>, called as each is
/// checked, on several threads), then reads every one as it was at the base in one git process and adds the
/// change-control findings.
/// </summary>
public sealed class BaseComparison(GitBase gitBase, string currentDirectory, DateOnly today)
{
    private readonly ConcurrentBag<(ProjectConfig Config, LeafletSnapshot Snapshot)> captured = [];

    public void Capture(LeafletOutcome outcome)
    {
        if (outcome.Leaflet is { } leaflet) captured.Add((outcome.Input.Config, LeafletSnapshot.Of(leaflet)));
    }

    /// <summary>Every leaflet captured with its findings added, and in order.</summary>
    public IReadOnlyList<Diagnostic> AddTo(IReadOnlyList<Diagnostic> diagnostics, int jobs)
    {
        var heads = captured.ToArray();
        var old = Snapshots(gitBase, heads.Select(h => h.Snapshot.File).ToList(), currentDirectory, jobs);
        var found = new IReadOnlyList<Diagnostic>[heads.Length];
        Parallel.For(0, heads.Length, Jobs.Options(jobs), i =>
            found[i] = ChangeRules.Compare(old[i].Snapshot, heads[i].Snapshot, heads[i].Config, gitBase.Name, today));
        return diagnostics.Concat(found.SelectMany(f => f)).Order(Diagnostic.Order).ToList();
    }

    /// <summary>Each file (as named on the command line) as it was at the base, with its path there; the snapshot
    /// is null for a file that was not there or does not load.</summary>
    public static (string? OldPath, LeafletSnapshot? Snapshot)[] Snapshots(GitBase gitBase,
        IReadOnlyList<string> names, string currentDirectory, int jobs)
    {
        var paths = names.Select(n => gitBase.PathInRepository(Path.GetFullPath(n, currentDirectory)))
            .Select(p => p is null ? null : gitBase.OldPathOf(p)).ToList();
        var texts = gitBase.Read(paths);
        var result = new (string?, LeafletSnapshot?)[names.Count];
        Parallel.For(0, names.Count, Jobs.Options(jobs), i =>
        {
            if (texts[i] is not { } text) return;
            var leaflet = LeafletLoader.Load(SourceDocument.FromText(paths[i]!, text)).Leaflet;
            result[i] = (paths[i], leaflet is null ? null : LeafletSnapshot.Of(leaflet));
        });
        return result;
    }
}
