using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules;

/// <summary>What the corpus needs of one leaflet: its resource number (trimmed) and how often it uses each counted
/// word, in the order first used. Kept in a corpus index, so that an unchanged leaflet need not be loaded
/// again.</summary>
public sealed record LeafletFacts(string? ResourceNumber, string[] Words, int[] Counts)
{
    /// <summary>The facts of a loaded leaflet, counted as the corpus counts them.</summary>
    public static LeafletFacts Of(Leaflet leaflet, ProseScratch scratch)
    {
        var table = new WordTable<int>(512);
        WordFrequencies.CountLeafletWithoutSharing(table, leaflet, scratch);
        var words = new string[table.Count];
        var counts = new int[table.Count];
        for (var i = 0; i < table.Count; i++) (words[i], counts[i]) = (table.KeyAt(i), table.ValueAt(i));
        return new LeafletFacts(leaflet.ResourceNumber?.Value.Trim(), words, counts);
    }

    /// <summary>The same facts into the caller's <paramref name="counts"/> (emptied first, so a thread can use one
    /// table for every leaflet it counts): its word counts there, its resource number returned.</summary>
    public static string? Count(WordTable<int> counts, Leaflet leaflet, ProseScratch scratch)
    {
        counts.Clear();
        WordFrequencies.CountLeafletWithoutSharing(counts, leaflet, scratch);
        return leaflet.ResourceNumber?.Value.Trim();
    }

    /// <summary>The same into a table a thread keeps from leaflet to leaflet (started anew here), whose words keep
    /// their entries, so that a caller can keep sums by entry.</summary>
    public static string? Count(LeafletWordCounts counts, Leaflet leaflet, ProseScratch scratch)
    {
        WordFrequencies.CountLeafletWithoutSharing(counts, leaflet, scratch);
        return leaflet.ResourceNumber?.Value.Trim();
    }
}

/// <summary>
/// The facts of leaflets that are not loaded in a check (from a corpus index): each one's resource number and
/// file, how many there are, and their word counts summed. A check adds them to the corpus of the leaflets it
/// loads, and finds exactly what it would find had it loaded them all.
/// </summary>
public sealed class CorpusSeed
{
    /// <summary>Each resource number (trimmed) and the file, as findings name it, that uses it.</summary>
    public List<(string Number, string File)> Numbers { get; } = [];

    /// <summary>How often each counted word is used in all these leaflets.</summary>
    public Dictionary<string, int> Words { get; init; } = new(StringComparer.Ordinal);

    /// <summary>How many leaflets.</summary>
    public int Count { get; set; }
}
