namespace LeafletTool.Core.Rendering.Templates;

/// <summary>A problem in a template: the file as the user knows it, 1-based line and column, and what is
/// wrong.</summary>
public sealed record TemplateError(string File, int Line, int Column, string Message)
{
    /// <summary><c>templates/html/leaflet.html:12:9: MESSAGE</c>, or <c>FILE: MESSAGE</c> when no line applies (Line
    /// 0).</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
