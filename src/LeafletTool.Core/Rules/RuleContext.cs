using LeafletTool.Core.Config;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// What a rule may know besides the leaflet: the date to judge by, the settings, every leaflet in the folders
/// checked, and the <see cref="Analysis"/> of the leaflet being checked, which the validator makes for each leaflet.
/// </summary>
public sealed record RuleContext(DateOnly Today, ProjectConfig Config, Corpus Corpus)
{
    /// <summary>
    /// The analysis of the leaflet being checked, shared by its rules; none when a rule is run on its own.
    /// </summary>
    public LeafletAnalysis? Analysis { get; init; }

    /// <summary>
    /// The analysis of <paramref name="leaflet"/>: the context's when it is of this leaflet, else a new one (a rule
    /// run on its own, as in a test, finds what it needs itself).
    /// </summary>
    public LeafletAnalysis AnalysisOf(Leaflet leaflet) =>
        Analysis is { } analysis && ReferenceEquals(analysis.Leaflet, leaflet)
            ? analysis
            : new LeafletAnalysis(leaflet);
}
