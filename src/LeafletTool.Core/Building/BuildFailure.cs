using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Core.Building;

/// <summary>
/// Why a site build stopped (a template that failed, a leaflet that changed while it was built): the build renders
/// nothing more, and the caller says what went wrong.
/// </summary>
public sealed class BuildFailure : Exception
{
    public BuildFailure(string message) : base(message)
    {
    }

    public BuildFailure(TemplateError error) : base($"template error: {error}") => TemplateError = error;

    /// <summary>The template error, when it was one.</summary>
    public TemplateError? TemplateError { get; }
}
