using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

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
    private Dictionary<IScalarText, ScalarPositionMap>? positions;

    public Leaflet Leaflet { get; } = leaflet;

    public RuleScratch Scratch { get; } = scratch ?? new RuleScratch();

    /// <summary>Every piece of the leaflet's prose, with its words and sentences.</summary>
    public LeafletProse Prose => prose ??= LeafletProse.Of(Leaflet, Scratch.Prose);

    /// <summary>Where the character at <paramref name="valueOffset"/> of a value stands in the source. Each value's
    /// map is made once (a walk over the value), so any number of findings in one value cost time linear in its
    /// size: a paragraph of 12,500 repeated words made a map for each finding, 48 s.</summary>
    public SourcePosition PositionOf(IScalarText text, int valueOffset)
    {
        positions ??= new Dictionary<IScalarText, ScalarPositionMap>(ReferenceEqualityComparer.Instance);
        if (!positions.TryGetValue(text, out var map))
        {
            map = ScalarPositionMap.Create(Leaflet.Source, text);
            positions.Add(text, map);
        }

        return map.PositionOf(valueOffset);
    }

    /// <summary>The leaflet's spelling problems, once the first spelling rule has found them.</summary>
    internal IReadOnlyList<SpellingProblem>? Spelling { get; set; }
}
