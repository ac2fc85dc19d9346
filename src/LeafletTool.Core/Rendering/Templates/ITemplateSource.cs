namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// Where template text comes from. Paths are relative to the templates folder with <c>/</c> separators
/// (<c>html/leaflet.html</c>); the CLI reads a folder, tests can hand in text.
/// </summary>
public interface ITemplateSource
{
    /// <summary>Every template file, relative paths, in a stable order.</summary>
    IReadOnlyList<string> Files();

    /// <summary>The text of a template, or null when there is no such file.</summary>
    string? Read(string relativePath);

    /// <summary>How error messages name a template: <c>templates/html/leaflet.html</c>.</summary>
    string DisplayName(string relativePath);
}
