namespace LeafletTool.Core.Rendering.Templates;

/// <summary>A rendered page, or the template error that stopped it.</summary>
public sealed record RenderResult(string? Text, TemplateError? Error)
{
    public static RenderResult Ok(string text) => new(text, null);

    public static RenderResult Failed(TemplateError error) => new(null, error);
}
