namespace LeafletTool.Cli.Serve;

/// <summary>
/// A running preview: builds the folder, serves it, and builds again whenever the leaflets, the configuration, the
/// house dictionary or the templates change, then tells the open pages whose content changed. A saved leaflet is
/// built on its own first (<see cref="PreviewBuilder.Quick"/>: its page updates at once), then the whole folder
/// (the index, and the findings that look across leaflets); anything else builds the whole folder. One build at a
/// time: changes during a build are gathered and built once after it. Every build runs under a
/// <see cref="HeapGovernor"/>, which keeps its garbage from piling up.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    /// <summary>How long after a leaflet's own build the whole folder is built again.</summary>
    public static readonly TimeSpan FullAfter = TimeSpan.FromMilliseconds(400);

    private readonly PreviewBuilder builder;
    private readonly PreviewServer server;
    private readonly FolderWatcher watcher;
    private readonly Timer fullBuild;
    private readonly Lock pendingLock = new();
    private HashSet<string> pendingFiles = new(StringComparer.Ordinal);
    private bool pendingAll;
    private bool building;
    private readonly Action<string> log;
    private PreviewSnapshot snapshot;

    private PreviewSession(PreviewBuilder builder, PreviewServer server, string folder, string templates,
        Action<string> log)
    {
        this.builder = builder;
        this.server = server;
        this.log = log;
        using (HeapGovernor.Start()) snapshot = Stamped(builder.Full(), null);
        Log(snapshot);
        ReleaseMemory();
        fullBuild = new Timer(_ => Rebuild(null), null, Timeout.Infinite, Timeout.Infinite);
        watcher = new FolderWatcher(folder, templates, Rebuild);
    }

    /// <summary>The snapshot being served.</summary>
    public PreviewSnapshot Current => Volatile.Read(ref snapshot);

    public int Port => server.Port;

    /// <summary>How many open pages are waiting to be told of a change.</summary>
    public int OpenStreams => server.OpenStreams;

    /// <summary>Starts a preview of <paramref name="folder"/> on <paramref name="port"/>; null when the port cannot
    /// be used.</summary>
    public static PreviewSession? Start(PreviewBuilder builder, string folder, string templatesDir, int port,
        Action<string> log)
    {
        PreviewSession? session = null;
        var server = new PreviewServer(port, () => session!.Current);
        if (!server.TryStart())
        {
            server.Dispose();
            return null;
        }

        session = new PreviewSession(builder, server, folder, templatesDir, log);
        return session;
    }

    /// <summary>Answers requests until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stop) => server.RunAsync(stop);

    private static PreviewSnapshot Stamped(PreviewSnapshot next, PreviewSnapshot? last) =>
        next with { Stamps = PreviewStamps.Of(next, last) };

    /// <summary>
    /// Notes a change and builds, unless a build is running: then the change is merged with the others waiting and
    /// the running build's thread builds them next. Saves arriving faster than a folder builds never queue up threads
    /// or builds: whatever waits is built once, the leaflets saved first (their pages update at once).
    /// </summary>
    private void Rebuild(IReadOnlySet<string>? changedLeaflets)
    {
        lock (pendingLock)
        {
            if (changedLeaflets is null) pendingAll = true;
            else pendingFiles.UnionWith(changedLeaflets);
            if (building) return;
            building = true;
        }

        while (true)
        {
            IReadOnlySet<string>? files;
            lock (pendingLock)
            {
                if (pendingFiles.Count == 0 && !pendingAll)
                {
                    building = false;
                    return;
                }

                files = pendingFiles.Count > 0 ? pendingFiles : null;
                if (files is not null) pendingFiles = new HashSet<string>(StringComparer.Ordinal);
                else pendingAll = false;
            }

            try
            {
                Build(files);
            }
            catch
            {
                lock (pendingLock) building = false;
                throw;
            }
        }
    }

    private void Build(IReadOnlySet<string>? changedLeaflets)
    {
        var last = Current;
        var quick = changedLeaflets is { Count: > 0 };
        PreviewSnapshot next;
        using (HeapGovernor.Start())
        {
            next = Stamped(quick ? builder.Quick(last, changedLeaflets!) : builder.Full(last), last);
        }

        Volatile.Write(ref snapshot, next);
        server.Announce(next);
        if (quick) fullBuild.Change(FullAfter, Timeout.InfiniteTimeSpan);
        else
        {
            Log(next);
            ReleaseMemory();
        }
    }

    /// <summary>After a whole build, the last snapshot's pages are garbage: a preview runs for hours, so the heap is
    /// compacted and returned to the system once (some tens of milliseconds, off the request path) rather than left
    /// to grow with every edit.</summary>
    private static void ReleaseMemory() =>
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private void Log(PreviewSnapshot next)
    {
        var problems = next.Findings.Values.Sum(f => f.Count(PreviewPanel.IsProblem));
        var leaflets = next.Findings.Count == 1 ? "1 leaflet" : $"{next.Findings.Count} leaflets";
        log(next.Failure ?? $"Built {leaflets}: {problems} problems.");
    }

    public void Dispose()
    {
        watcher.Dispose();
        fullBuild.Dispose();
        server.Dispose();
    }
}
