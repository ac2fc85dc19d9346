using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.PlainText;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Core.Rendering;

/// <summary>
/// What one renderer keeps from page to page: the characters of the page being written, the builders of the
/// plain-text layout, the Scriban objects of the last page's model, and the views of the leaflet it rendered last
/// (a build asks for one leaflet's HTML, print and text views one after another, and they share what they can).
/// Not safe to share between threads: a build makes one for each of its workers, and a caller that has none gets
/// a fresh one for the page. Nothing is kept per thread.
/// </summary>
public sealed class RenderWorker
{
    private LeafletViews? last;

    internal PageOutput Output { get; } = new();

    internal LayoutBuffers Layout { get; } = new();

    internal ModelObjects Objects { get; } = ModelObjects.Pooled();

    /// <summary>The globals of the page being rendered, read by the compiled tree without Scriban objects.</summary>
    internal PageModel Model { get; } = new();

    private readonly TrustView?[] trusts = new TrustView?[3];
    private ProjectConfig? trustsOf;

    /// <summary>The trust's view for the style: made once for a configuration (every page of a build shares it).
    /// </summary>
    internal TrustView Trust(ProjectConfig config, InlineStyle style)
    {
        if (!ReferenceEquals(config, trustsOf))
        {
            Array.Clear(trusts);
            trustsOf = config;
        }

        return trusts[(int)style] ??= LeafletViewBuilder.Trust(config, style);
    }

    /// <summary>Every view of the leaflet, built as asked for: the last leaflet's, when it is the same one.</summary>
    public LeafletViews ViewsOf(Leaflet leaflet, ProjectConfig config, DateOnly asOf)
    {
        var views = last;
        if (views is null || !views.AreFor(leaflet, config, asOf))
        {
            last = views = new LeafletViews(leaflet, config, asOf);
        }

        return views;
    }

    /// <summary>
    /// The leaflet's view for the style; the same object when asked again for the same leaflet, configuration and date.
    /// </summary>
    public LeafletView View(Leaflet leaflet, ProjectConfig config, DateOnly asOf, InlineStyle style) =>
        ViewsOf(leaflet, config, asOf).For(style);

    /// <summary>Lets go of the last leaflet's views, so that it is not held after it is rendered.</summary>
    public void Forget() => last = null;
}
