using LeafletTool.Cli.Files;
using LeafletTool.Core.ChangeControl;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;

namespace LeafletTool.Cli.ChangeControl;

/// <summary>Finds what <c>leaflet diff</c> compares: two files, or each leaflet with its version at a git
/// base.</summary>
public static class DiffSources
{
    public static LeafletDiff TwoFiles(IReadOnlyList<string> paths, string currentDirectory)
    {
        if (paths.Count != 2)
            throw new UsageException("diff takes two leaflet files, old then new (or --base REF and the leaflets to "
                + $"compare), not {paths.Count} path{(paths.Count == 1 ? "" : "s")}.");
        var old = Load(paths[0], currentDirectory);
        var next = Load(paths[1], currentDirectory);
        return LeafletDiffer.Between(old, next, paths[0], paths[1]);
    }

    /// <summary>Every leaflet under <paramref name="paths"/> whose words or metadata changed since the base (or
    /// that is new since it), in the order of the files.</summary>
    public static IReadOnlyList<LeafletDiff> AgainstBase(GitBase gitBase, IReadOnlyList<string> paths,
        string currentDirectory, int jobs)
    {
        var files = PathResolver.Resolve(paths, currentDirectory).Where(f => f.IsTarget).ToList();
        var heads = new LeafletSnapshot?[files.Count];
        Parallel.For(0, files.Count, Core.Validation.Jobs.Options(jobs),
            i => heads[i] = TryLoad(files[i].FullPath, files[i].DisplayName, files[i].Directory));
        var old = BaseComparison.Snapshots(gitBase, files.Select(f => f.FullPath).ToList(), currentDirectory, jobs);
        var diffs = new List<LeafletDiff>();
        for (var i = 0; i < files.Count; i++)
        {
            if (heads[i] is not { } head) continue;
            var renamed = old[i].OldPath != gitBase.PathInRepository(files[i].FullPath);
            var diff = LeafletDiffer.Between(old[i].Snapshot, head, renamed ? old[i].OldPath : files[i].DisplayName,
                files[i].DisplayName);
            if (diff.HasChanges) diffs.Add(diff);
        }

        return diffs;
    }

    private static LeafletSnapshot Load(string path, string currentDirectory)
    {
        var file = PathResolver.Resolve([path], currentDirectory).FirstOrDefault(f => f.IsTarget)
            ?? throw new UsageException($"{path} is not a leaflet file.");
        return TryLoad(file.FullPath, file.DisplayName, file.Directory)
            ?? throw new UsageException($"{path} could not be read as a leaflet; run leaflet validate on it.");
    }

    private static LeafletSnapshot? TryLoad(string fullPath, string name, string folder)
    {
        var (text, _) = SourceReader.Read(fullPath, folder);
        if (text is null) return null;
        var leaflet = LeafletLoader.Load(SourceDocument.FromText(name, text)).Leaflet;
        return leaflet is null ? null : LeafletSnapshot.Of(leaflet);
    }
}
