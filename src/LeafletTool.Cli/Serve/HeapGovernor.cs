namespace LeafletTool.Cli.Serve;

/// <summary>
/// Bounds the garbage a preview's build leaves between two collections. The collector sizes its youngest
/// generation from the processor's cache: on a machine with a large one it let 100-130 MB of garbage pile up before
/// collecting, and a preview of 1,000 leaflets (55 MB alive) peaked at 270-350 MB. While a build runs, this looks
/// every few milliseconds at how much has been allocated since the last collection and, past <see cref="Budget"/>,
/// asks for a collection of the youngest generation: nearly all of it is garbage, so it takes a millisecond or
/// two. Measured on 1,000 leaflets, 80 saves half a second apart: peak 251 MB instead of 356 MB, for less processor
/// time (docs/performance.md). Only the preview does this; <c>leaflet build</c> keeps the
/// collector's own pace.
/// </summary>
public sealed class HeapGovernor : IDisposable
{
    /// <summary>How much may be allocated between two collections while a build runs: 16 MB (32 MB peaked at
    /// 250-265 MB, 64 MB at 310 MB).</summary>
    public const long Budget = 16L * 1024 * 1024;

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(5);
    private static readonly Lock Ticking = new();
    private static int asked;
    private static int active;
    private static long mark;
    private static int collections;
    private static int oldCollections = -1;

    /// <summary>How far the oldest generation may grow above what the last full collection left.</summary>
    private const long OldGrowth = 32L * 1024 * 1024;
    private readonly ManualResetEventSlim stop = new();
    private readonly Thread thread;

    // A thread of its own, above the build's in priority: a timer's callbacks wait for the thread pool, which the
    // build keeps busy, and then came too late.
    private HeapGovernor()
    {
        thread = new Thread(Watch)
        {
            IsBackground = true,
            Name = "heap governor",
            Priority = ThreadPriority.AboveNormal,
        };
        thread.Start();
    }

    /// <summary>How many collections governors have asked for in this process.</summary>
    public static int Asked => Volatile.Read(ref asked);

    /// <summary>Starts watching the allocations of a build; dispose when it is done.</summary>
    public static HeapGovernor Start()
    {
        if (Interlocked.Increment(ref active) == 1)
        {
            lock (Ticking) (collections, mark) = (GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
        }

        return new HeapGovernor();
    }

    /// <summary>
    /// Looks at once, on the calling thread, while a build runs (the preview's page sink calls this for every page
    /// written): on a machine so busy that the governor's own thread waits its turn, the build's threads still
    /// keep to the budget.
    /// </summary>
    public static void Checkpoint()
    {
        if (Volatile.Read(ref active) > 0) Tick();
    }

    private void Watch()
    {
        while (!stop.Wait(Every)) Tick();
    }

    private static void Tick()
    {
        if (!Ticking.TryEnter()) return;
        try
        {
            Collect();
        }
        finally
        {
            Ticking.Exit();
        }
    }

    private static void Collect()
    {
        var allocated = GC.GetTotalAllocatedBytes();
        var count = GC.CollectionCount(0);
        if (count != collections)
        {
            // The collector collected by itself: count from now.
            (collections, mark) = (count, allocated);
            return;
        }

        if (allocated - mark < Budget) return;
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        Interlocked.Increment(ref asked);
        // What outlives the young generations (a slow build's leaflets in hand, the last snapshot's) piles up in the
        // oldest until it is collected: past OldGrowth above what the last full collection left, a background one.
        var old = GC.GetGCMemoryInfo(GCKind.Any).GenerationInfo[2].SizeAfterBytes;
        var floor = GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo[2].SizeAfterBytes;
        if (old > floor + OldGrowth && GC.CollectionCount(2) == oldCollections)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: false);
        }

        oldCollections = GC.CollectionCount(2);
        (collections, mark) = (GC.CollectionCount(0), GC.GetTotalAllocatedBytes());
    }

    public void Dispose()
    {
        stop.Set();
        thread.Join();
        stop.Dispose();
        Interlocked.Decrement(ref active);
    }
}
