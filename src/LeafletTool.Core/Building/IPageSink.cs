using System.Buffers;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Core.Building;

/// <summary>
/// Where a site build puts its pages: files in a folder (<c>leaflet build</c>), or memory (<see
/// cref="MemoryPageSink"/>,
/// for a live preview or a comparison of two builds). The build renders; the sink decides what becomes of each page:
/// whether the file is up to date, how it is written, whether a PDF is printed from it.
/// </summary>
public interface IPageSink
{
    /// <summary>
    /// Called once, before the first page is written: the moment to open a folder or start a browser. A sink that
    /// throws stops the build as a template error would.
    /// </summary>
    void Start();

    /// <summary>
    /// Takes one page. Called from several threads at once, never twice for the same name in one build; the bytes
    /// are the build's own buffer, good only until the call returns.
    /// </summary>
    void Write(in SitePage page);

    /// <summary>
    /// Takes a page too large to hold whole (the index of a large library): <paramref name="render"/> writes its
    /// bytes, in pieces, into the writer the sink gives it, and says whether the page went through; when it did not
    /// (a template error), nothing of the page may be kept. This default gathers the bytes and hands them to
    /// <see cref="Write"/>; a sink that writes files streams them instead.
    /// </summary>
    void WriteLarge(string name, PageFormat format, Func<IBufferWriter<byte>, bool> render)
    {
        var bytes = new ArrayBufferWriter<byte>(64 * 1024);
        if (render(bytes)) Write(new SitePage(name, format, bytes.WrittenSpan, null, -1, null));
    }
}
