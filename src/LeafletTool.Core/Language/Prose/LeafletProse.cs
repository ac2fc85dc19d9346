using LeafletTool.Core.Model;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// A leaflet's prose (<see cref="Leaflet.Prose"/>) with the words and sentences of each text value found once
/// and shared by the language rules (spelling, word counts, readability, repeated words, sentence length),
/// each found on first use. Made once per leaflet checked (see <c>LeafletAnalysis</c>) and used by the worker that
/// made it: its texts find their words in that worker's <see cref="ProseScratch"/>.
/// </summary>
public sealed class LeafletProse
{
    private LeafletProse(Leaflet leaflet, ProseText[] texts)
    {
        Leaflet = leaflet;
        Texts = texts;
    }

    public Leaflet Leaflet { get; }

    /// <summary>Every piece of prose, in reading order.</summary>
    public IReadOnlyList<ProseText> Texts { get; }

    /// <summary>
    /// The prose of a leaflet, its words to be found in <paramref name="scratch"/> (a new one when none is given).
    /// </summary>
    public static LeafletProse Of(Leaflet leaflet, ProseScratch? scratch = null)
    {
        scratch ??= new ProseScratch();
        var found = scratch.Texts();
        leaflet.AddProseTo(found);
        var texts = new ProseText[found.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = new ProseText(found[i].Kind, found[i].Text, scratch);
        found.Clear();
        return new LeafletProse(leaflet, texts);
    }
}
