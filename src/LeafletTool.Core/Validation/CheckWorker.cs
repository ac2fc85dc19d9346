using LeafletTool.Core.Yaml;
using LeafletTool.Core.Rules;

namespace LeafletTool.Core.Validation;

/// <summary>
/// What one worker of a check reuses from leaflet to leaflet: the YAML reader's (<see cref="YamlScratch"/>) and the
/// rules' (<see cref="RuleScratch"/>) scratch state.
/// The validator makes one for each worker of its parallel loops (their local state) and passes it down; a caller
/// checking a file on its own gets a new one. Used by one thread at a time.
/// </summary>
public sealed class CheckWorker
{
    public YamlScratch Yaml { get; } = new();

    public RuleScratch Rules { get; } = new();
}
