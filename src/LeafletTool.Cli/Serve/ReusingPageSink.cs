using System.Collections.Concurrent;
using LeafletTool.Core.Building;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// Keeps a build's pages in memory, as <see cref="MemoryPageSink"/> does, but hands back the last build's page
/// whenever the new one is the same, byte for byte. Saving one leaflet of a thousand then allocates that leaflet's
/// pages and the index, not three thousand copies of pages that did not change: the server's memory during a build
/// stays near one snapshot's worth instead of two, and <see cref="PreviewStamps"/> finds unchanged pages by
/// reference.
/// </summary>
public sealed class ReusingPageSink(IReadOnlyDictionary<string, MemoryPage>? last) : IPageSink
{
    private readonly ConcurrentDictionary<string, MemoryPage> pages = new(StringComparer.Ordinal);
    private int reused;

    public IReadOnlyDictionary<string, MemoryPage> Pages => pages;

    /// <summary>How many pages were the last build's own.</summary>
    public int Reused => Volatile.Read(ref reused);

    public void Start()
    {
    }

    public void Write(in SitePage page)
    {
        HeapGovernor.Checkpoint();
        if (last is not null && last.TryGetValue(page.Name, out var old) && old.Format == page.Format
            && page.Bytes.SequenceEqual(old.Bytes))
        {
            pages[page.Name] = old;
            Interlocked.Increment(ref reused);
            return;
        }

        pages[page.Name] = new MemoryPage(page.Format, page.Bytes.ToArray());
    }
}
