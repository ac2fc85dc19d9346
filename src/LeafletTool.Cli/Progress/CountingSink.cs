using LeafletTool.Core.Building;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Progress;

/// <summary>Passes every page on to the real sink and counts a leaflet as built when its page of one format (the
/// first asked for) is written.</summary>
public sealed class CountingSink(IPageSink inner, ProgressLine progress, PageFormat counted) : IPageSink
{
    /// <summary>The sink itself when there is no progress line to feed.</summary>
    public static IPageSink? Wrap(IPageSink? inner, ProgressLine? progress, PageFormat counted) =>
        inner is null || progress is null ? inner : new CountingSink(inner, progress, counted);

    public void Start() => inner.Start();

    public void Write(in SitePage page)
    {
        inner.Write(page);
        if (page.Format == counted && page.Slug is not null) progress.Advance();
    }

    public void WriteLarge(string name, PageFormat format, Func<System.Buffers.IBufferWriter<byte>, bool> render) =>
        inner.WriteLarge(name, format, render);
}
