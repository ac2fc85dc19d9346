using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>
/// What the rules of one leaflet share, each part found once, when first asked for: its prose with the words and
/// sentences of each text, and its spelling problems (for the three spelling rules). The validator makes one for
/// each leaflet it checks, with its worker's <see cref="RuleScratch"/>, and hands it to the rules in the
/// <see cref="RuleContext"/>; it is used on that worker only and let go when the leaflet is checked.
/// </summary>
public sealed class LeafletAnalysis(Leaflet leaflet, RuleScratch? scratch = null)
{
    private LeafletProse? prose;

    public Leaflet Leaflet { get; } = leaflet;

    public RuleScratch Scratch { get; } = scratch ?? new RuleScratch();

    /// <summary>Every piece of the leaflet's prose, with its words and sentences.</summary>
    public LeafletProse Prose => prose ??= LeafletProse.Of(Leaflet, Scratch.Prose);

    /// <summary>The leaflet's spelling problems, once the first spelling rule has found them.</summary>
    internal IReadOnlyList<SpellingProblem>? Spelling { get; set; }
}
