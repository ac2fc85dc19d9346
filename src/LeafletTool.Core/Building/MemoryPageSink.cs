using System.Collections.Concurrent;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Core.Building;

/// <summary>
/// Keeps a build's pages in memory, by file name: the bytes <c>leaflet build</c> would write (a live preview serves
/// them, a comparison of two builds reads them). No PDF is printed: a PDF's entry holds the clear-print page a
/// browser would print.
/// </summary>
public sealed class MemoryPageSink : IPageSink
{
    private readonly ConcurrentDictionary<string, MemoryPage> pages = new(StringComparer.Ordinal);

    /// <summary>Every page written, by file name.</summary>
    public IReadOnlyDictionary<string, MemoryPage> Pages => pages;

    /// <summary>Whether the build has started writing.</summary>
    public bool Started { get; private set; }

    public void Start() => Started = true;

    public void Write(in SitePage page) => pages[page.Name] = new MemoryPage(page.Format, page.Bytes.ToArray());

    /// <summary>The bytes of the page with this file name, or null.</summary>
    public byte[]? Read(string name) => pages.TryGetValue(name, out var page) ? page.Bytes : null;
}

/// <summary>A page kept in memory: its format and bytes.</summary>
public sealed record MemoryPage(PageFormat Format, byte[] Bytes);
