namespace LeafletTool.Cli.Serve;

/// <summary>
/// Watches the leaflets' folder (leaflets, <c>leaflettool.yaml</c>, the house dictionary) and the templates folder,
/// and calls back once a burst of changes has settled: editors save in many ways (a temporary file then a rename,
/// several writes in a row), so a change is acted on only after <see cref="Quiet"/> without another. Editor
/// lock and swap files (<c>~$x.docx</c>, <c>.x.swp</c>, <c>x~</c>) are not changes to the leaflets.
/// </summary>
public sealed class FolderWatcher : IDisposable
{
    /// <summary>How long the folder must be quiet before it is built again.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer timer;
    private readonly Lock pendingLock = new();
    private HashSet<string> pending = new(StringComparer.Ordinal);
    private bool pendingAll;

    /// <summary>Watches the leaflets' <paramref name="folder"/> and the <paramref name="templates"/> folder; calls
    /// <paramref name="changed"/> with the leaflet files changed, or null when a setting changed (the configuration,
    /// a word list, a template, a folder) and everything must be built again. Other files in the folder (an
    /// editor's temporary file, before it is renamed to the leaflet) start no build.</summary>
    public FolderWatcher(string folder, string templates, Action<IReadOnlySet<string>?> changed)
    {
        timer = new Timer(_ => Fire(changed), null, Timeout.Infinite, Timeout.Infinite);
        Watch(folder, false, name => IsLeafletFile(name) ? name : IsSettingsFile(name) ? null : Ignored);
        if (!IsInside(templates, folder)) Watch(templates, true, _ => null);
    }

    private void Fire(Action<IReadOnlySet<string>?> changed)
    {
        IReadOnlySet<string>? files;
        lock (pendingLock)
        {
            files = pendingAll ? null : pending;
            pending = new HashSet<string>(StringComparer.Ordinal);
            pendingAll = false;
        }

        changed(files);
    }

    /// <summary>What <see cref="Watch"/>'s classifier gives for a file that is neither a leaflet nor a setting (an
    /// editor's temporary file before its rename): no build.</summary>
    private const string Ignored = "";

    /// <summary>The configuration or a word list (the house dictionary): everything is built again.</summary>
    private static bool IsSettingsFile(string? name) =>
        name is null || name.Equals("leaflettool.yaml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || !Path.HasExtension(name) && !IsTemporary(name);

    /// <summary>Names editors and tools give the file they write before renaming it over the real one
    /// ("sedAb12Cd", ".goutputstream-XYZ", "4913").</summary>
    private static bool IsTemporary(string name)
    {
        var file = Path.GetFileName(name);
        return file.StartsWith('.') || file.StartsWith("sed", StringComparison.Ordinal) || file.All(char.IsDigit);
    }

    private static bool IsLeafletFile(string? name) =>
        name is not null && !name.Contains(Path.DirectorySeparatorChar) && !name.Contains('/')
        && (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
        && !name.Equals("leaflettool.yaml", StringComparison.OrdinalIgnoreCase);

    private static bool IsInside(string path, string folder) =>
        Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar,
            StringComparison.Ordinal);

    private void Watch(string folder, bool subfolders, Func<string?, string?> leafletFile)
    {
        if (!Directory.Exists(folder)) return;
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = subfolders,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite
                | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Touch(e.Name, leafletFile(e.Name));
        watcher.Created += (_, e) => Touch(e.Name, leafletFile(e.Name));
        watcher.Deleted += (_, e) => Touch(e.Name, leafletFile(e.Name));
        watcher.Renamed += (_, e) =>
        {
            Touch(e.OldName, leafletFile(e.OldName));
            Touch(e.Name, leafletFile(e.Name));
        };
        watcher.Error += (_, _) => Touch(null, null);
        watcher.EnableRaisingEvents = true;
        watchers.Add(watcher);
    }

    /// <summary>Whether a changed file is an editor's lock, swap or backup file, not a source.</summary>
    public static bool IsEditorScratch(string? name)
    {
        if (name is null) return false;
        var file = Path.GetFileName(name);
        return file.StartsWith("~$", StringComparison.Ordinal) || file.StartsWith(".#", StringComparison.Ordinal)
            || file.EndsWith('~') || file.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || file.EndsWith(".swx", StringComparison.OrdinalIgnoreCase)
            || file.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);
    }

    private void Touch(string? name, string? leafletFile)
    {
        if (name is not null && IsEditorScratch(name) || leafletFile == Ignored) return;
        lock (pendingLock)
        {
            if (leafletFile is null) pendingAll = true;
            else pending.Add(leafletFile);
        }

        timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        timer.Dispose();
    }
}
