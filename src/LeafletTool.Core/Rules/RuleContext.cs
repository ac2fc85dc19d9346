using LeafletTool.Core.Config;

namespace LeafletTool.Core.Rules;

/// <summary>What a rule may know besides the leaflet: the date to judge by, the settings, and every leaflet in the folders checked.</summary>
public sealed record RuleContext(DateOnly Today, ProjectConfig Config, Corpus Corpus);
