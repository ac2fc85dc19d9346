using LeafletTool.Core.Language.Prose;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// How often one leaflet uses its words, for the near-miss search, counted only as far as each question needs, in
/// the worker's table (<see cref="LeafletWordCounts"/>): the search for an unknown word counts only the units its
/// length and letters allow to be near it (<see cref="WordFrequencies.CountNear"/>), and only a question about any
/// word (the uses of a suggestion) counts the whole leaflet, once. Counting every leaflet's words in full whenever it
/// had an unknown word was about a quarter of the spelling check; the answers are the same.
/// </summary>
/// <param name="prose">The leaflet's prose.</param>
/// <param name="counts">The worker's table, started anew here; nothing else may count in it while this is used.
/// </param>
public sealed class LeafletUses(LeafletProse prose, LeafletWordCounts counts)
{
    /// <summary>Whether <paramref name="counts"/> holds every counted word of the leaflet.</summary>
    private bool whole;

    /// <summary>How often the leaflet uses a word given in lower case.</summary>
    public int Of(string lowerWord)
    {
        if (!whole)
        {
            WordFrequencies.CountLeaflet(counts, prose);
            whole = true;
        }

        return counts[lowerWord];
    }

    /// <summary>
    /// The leaflet's counts of at least every word that may be within <paramref name="limit"/> slips of
    /// <paramref name="lowerWord"/>, and of the word itself; valid until the next question.
    /// </summary>
    public LeafletWordCounts Near(string lowerWord, int limit)
    {
        if (!whole) WordFrequencies.CountNear(counts, prose, lowerWord, limit);
        return counts;
    }
}
