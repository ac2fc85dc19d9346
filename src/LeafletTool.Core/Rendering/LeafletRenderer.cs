using System.Buffers;
using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.PlainText;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Core.Rendering;

/// <summary>
/// One leaflet to render: the leaflet, its configuration, the date review status is judged on, and the files being
/// built.
/// </summary>
public sealed record RenderRequest(
    Leaflet Leaflet, ProjectConfig Config, DateOnly AsOf, bool LargePrint, FileLinks Files);

/// <summary>
/// Renders leaflets and the index through a <see cref="TemplateSet"/>: builds the view for the format, hands it
/// to the format's entry template, and lays out plain text at 80 columns. Safe to share between threads: what is
/// kept from page to page is in the <see cref="RenderWorker"/> each caller passes (a fresh one when it passes none).
/// </summary>
public sealed class LeafletRenderer(TemplateSet templates)
{
    /// <summary>Renders a page as text; the PDF's page is the print page.</summary>
    public RenderResult Render(RenderRequest request, PageFormat format, RenderWorker? worker = null)
    {
        worker ??= new RenderWorker();
        var page = format.Page();
        return Render(request, page, worker.View(request.Leaflet, request.Config, request.AsOf, page.Style()), worker);
    }

    /// <summary>Renders with a view already built for the format's style.</summary>
    public RenderResult Render(RenderRequest request, PageFormat format, LeafletView view, RenderWorker? worker = null)
    {
        worker ??= new RenderWorker();
        format = format.Page();
        var result = templates.Render(format.Template(), Globals(request, format, view, worker), worker.Output);
        return format == PageFormat.Text && result.Text is { } text
            ? RenderResult.Ok(TextWrapper.Layout(text, TextWrapper.Width, worker.Layout))
            : result;
    }

    /// <summary>
    /// Renders into UTF-8 bytes, the same bytes as <see cref="Render(RenderRequest, PageFormat, RenderWorker)"/>'s
    /// text encoded: html pages without ever being a string; null, or the template error. The view is the worker's
    /// for the leaflet when none is given.
    /// </summary>
    public TemplateError? RenderUtf8(RenderRequest request, PageFormat format, LeafletView? view,
        IBufferWriter<byte> into, RenderWorker? worker = null)
    {
        worker ??= new RenderWorker();
        format = format.Page();
        view ??= worker.View(request.Leaflet, request.Config, request.AsOf, format.Style());
        if (format == PageFormat.Text)
        {
            // Laid out from the rendered characters straight into bytes: neither the page nor its layout a string.
            var output = worker.Output;
            var error = templates.RenderChars(format.Template(), Globals(request, format, view, worker), output);
            if (error is null) TextWrapper.LayoutUtf8(output.Written, TextWrapper.Width, worker.Layout, into);
            output.Emptied();
            return error;
        }

        return templates.RenderUtf8(format.Template(), Globals(request, format, view, worker), into, worker.Output);
    }

    public RenderResult RenderIndex(ProjectConfig config, IEnumerable<IndexViewBuilder.Built> leaflets)
    {
        var index = IndexViewBuilder.Build(config, leaflets);
        return templates.Render(PageFormats.IndexTemplate,
            ScriptModel.ForIndex(index, templates.Labels.For(index.Language)));
    }

    /// <summary>
    /// Renders the index into UTF-8 bytes, the same bytes as <see cref="RenderIndex"/>'s text encoded, never holding
    /// the whole page as characters; null, or the template error (<paramref name="into"/> then holds part of a page).
    /// </summary>
    public TemplateError? RenderIndexUtf8(ProjectConfig config, IEnumerable<IndexViewBuilder.Built> leaflets,
        IBufferWriter<byte> into) =>
        RenderIndexUtf8(config, IndexViewBuilder.Build(config, leaflets), into);

    /// <summary>The same for an index view already made (whose entries may be made as they are read).</summary>
    public TemplateError? RenderIndexUtf8(ProjectConfig config, IndexView index, IBufferWriter<byte> into) =>
        templates.RenderLargeUtf8(PageFormats.IndexTemplate,
            ScriptModel.ForIndex(index, templates.Labels.For(index.Language)), into);

    /// <summary>
    /// The page's globals: read by the compiled tree straight from the views, with Scriban objects made only when
    /// Scriban renders the page (at once when the entry has no tree).
    /// </summary>
    private PageModel Globals(RenderRequest request, PageFormat format, LeafletView view, RenderWorker worker)
    {
        var model = worker.Model.Set(view, worker.Trust(request.Config, format.Style()),
            new PageView(format.Name(), request.LargePrint, request.Files), templates.Labels.For(view.Language),
            worker.Objects.FreeAll());
        if (!templates.IsCompiled(format.Template())) model.Fill();
        return model;
    }
}
