using System.Buffers;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.PlainText;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using Scriban.Runtime;

namespace LeafletTool.Core.Rendering;

/// <summary>One leaflet to render: the leaflet, its configuration, the date review status is judged on, and the files being built.</summary>
public sealed record RenderRequest(Leaflet Leaflet, ProjectConfig Config, DateOnly AsOf, bool LargePrint, FileLinks Files);

/// <summary>
/// Renders leaflets and the index through a <see cref="TemplateSet"/>: builds the view for the format, hands it
/// to the format's entry template, and lays out plain text at 80 columns.
/// </summary>
public sealed class LeafletRenderer(TemplateSet templates)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public RenderResult Render(RenderRequest request, PageFormat format) =>
        Render(request, format, LeafletViewBuilder.Build(request.Leaflet, request.Config, request.AsOf, format.Style()));

    /// <summary>Renders with a view already built for the format's style (the build reuses the HTML view for the index).</summary>
    public RenderResult Render(RenderRequest request, PageFormat format, LeafletView view)
    {
        var result = templates.Render(format.Template(), Globals(request, format, view));
        return format == PageFormat.Text && result.Text is { } text ? RenderResult.Ok(TextWrapper.Layout(text)) : result;
    }

    /// <summary>
    /// Renders into UTF-8 bytes, the same bytes as <see cref="Render(RenderRequest, PageFormat, LeafletView)"/>'s text
    /// encoded: html pages without ever being a string; null, or the template error.
    /// </summary>
    public TemplateError? RenderUtf8(RenderRequest request, PageFormat format, LeafletView? view, IBufferWriter<byte> into)
    {
        view ??= LeafletViewBuilder.Build(request.Leaflet, request.Config, request.AsOf, format.Style());
        if (format == PageFormat.Text)
        {
            var text = Render(request, format, view);
            if (text.Text is { } page) Utf8.GetBytes(page, into);
            return text.Error;
        }

        return templates.RenderUtf8(format.Template(), Globals(request, format, view), into);
    }

    public RenderResult RenderIndex(ProjectConfig config, IEnumerable<IndexViewBuilder.Built> leaflets) =>
        templates.Render(PageFormats.IndexTemplate, ScriptModel.ForIndex(IndexViewBuilder.Build(config, leaflets)));

    private static ScriptObject Globals(RenderRequest request, PageFormat format, LeafletView view) =>
        ScriptModel.ForLeaflet(view, LeafletViewBuilder.Trust(request.Config, format.Style()), new PageView(format.Name(), request.LargePrint, request.Files), ModelObjects.ForThisThread());
}
