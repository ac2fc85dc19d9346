using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.PlainText;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Core.Rendering;

/// <summary>One leaflet to render: the leaflet, its configuration, the date review status is judged on, and the files being built.</summary>
public sealed record RenderRequest(Leaflet Leaflet, ProjectConfig Config, DateOnly AsOf, bool LargePrint, FileLinks Files);

/// <summary>
/// Renders leaflets and the index through a <see cref="TemplateSet"/>: builds the view for the format, hands it
/// to the format's entry template, and lays out plain text at 80 columns.
/// </summary>
public sealed class LeafletRenderer(TemplateSet templates)
{
    public RenderResult Render(RenderRequest request, PageFormat format) =>
        Render(request, format, LeafletViewBuilder.Build(request.Leaflet, request.Config, request.AsOf, format.Style()));

    /// <summary>Renders with a view already built for the format's style (the build reuses the HTML view for the index).</summary>
    public RenderResult Render(RenderRequest request, PageFormat format, LeafletView view)
    {
        var style = format.Style();
        var globals = ScriptModel.ForLeaflet(view, LeafletViewBuilder.Trust(request.Config, style), new PageView(format.Name(), request.LargePrint, request.Files));
        var result = templates.Render(format.Template(), globals);
        return format == PageFormat.Text && result.Text is { } text ? RenderResult.Ok(TextWrapper.Layout(text)) : result;
    }

    public RenderResult RenderIndex(ProjectConfig config, IEnumerable<IndexViewBuilder.Built> leaflets) =>
        templates.Render(PageFormats.IndexTemplate, ScriptModel.ForIndex(IndexViewBuilder.Build(config, leaflets)));
}
