using LeafletTool.Core.Config;

namespace LeafletTool.Core.Validation;

/// <summary>
/// One source file handed to the core: its name as diagnostics show it, its text (or why it could not be
/// read), the configuration that governs it, and whether it was asked about or is only there for cross-leaflet rules.
/// </summary>
public sealed record LeafletInput(string Name, string? Text, ProjectConfig Config, bool IsTarget, string? ReadProblem = null)
{
    public static LeafletInput Unreadable(string name, ProjectConfig config, bool isTarget, string problem) =>
        new(name, null, config, isTarget, problem);
}
