using LeafletTool.Core.Rules;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Validation;

/// <summary>
/// What one worker of a check reuses from leaflet to leaflet: the YAML reader's (<see cref="YamlScratch"/>) and the
/// rules' (<see cref="RuleScratch"/>) scratch state.
/// The validator hands one to each task of its parallel loops (their local state) from a pool kept for the call, so a
/// task started later gets a warm one, and passes it down; a caller checking a file on its own gets a new one. Used
/// by one thread at a time.
/// </summary>
public sealed class CheckWorker
{
    public YamlScratch Yaml { get; } = new();

    public RuleScratch Rules { get; } = new();
}
