using LeafletTool.Core.Model;

namespace LeafletTool.Core.Language.Prose;

/// <summary>
/// A leaflet's prose (<see cref="Leaflet.Prose"/>) with the words and sentences of each text value found once
/// and shared by the language rules (spelling, word counts, readability, repeated words, sentence length),
/// each found on first use. The last leaflet asked about is kept per thread, because the rules of one leaflet
/// run one after another on the same thread; nothing is kept for the leaflets before it, so memory stays
/// bounded by the leaflet being checked.
/// </summary>
public sealed class LeafletProse
{
    [ThreadStatic]
    private static LeafletProse? last;

    private LeafletProse(Leaflet leaflet, ProseText[] texts)
    {
        Leaflet = leaflet;
        Texts = texts;
    }

    public Leaflet Leaflet { get; }

    /// <summary>Every piece of prose, in reading order.</summary>
    public IReadOnlyList<ProseText> Texts { get; }

    /// <summary>The prose of a leaflet, from the per-thread cache when it was the last leaflet asked about.</summary>
    public static LeafletProse Of(Leaflet leaflet)
    {
        if (last is { } cached && ReferenceEquals(cached.Leaflet, leaflet)) return cached;
        var found = ProseScratch.Take();
        leaflet.AddProseTo(found);
        var texts = new ProseText[found.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = new ProseText(found[i].Kind, found[i].Text);
        found.Clear();
        var made = new LeafletProse(leaflet, texts);
        last = made;
        return made;
    }
}
