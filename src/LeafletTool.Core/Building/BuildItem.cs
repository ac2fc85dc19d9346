using LeafletTool.Core.Config;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Building;

/// <summary>
/// A leaflet that passed validation, with the name diagnostics use for it and the configuration that governs it.
/// </summary>
public sealed record BuildItem(string File, Leaflet Leaflet, ProjectConfig Config);
