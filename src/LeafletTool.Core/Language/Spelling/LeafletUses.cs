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

    /// <summary>The words whose searches the counts serve (<see cref="Prepare"/>), or null.</summary>
    private HashSet<string>? prepared;

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
        if (whole || (limit <= MostSlips(lowerWord) && prepared?.Contains(lowerWord) == true)) return counts;
        prepared = null;
        WordFrequencies.CountNear(counts, prose, lowerWord, limit);
        return counts;
    }

    /// <summary>
    /// Counts, in one walk of the leaflet, what the searches for all of <paramref name="lowerWords"/> (in lower case)
    /// read, so that <see cref="Near"/> answers each of them from the same counts until a question about another
    /// word: a leaflet with three unknown words is walked once, not three times. Each word is counted for the most
    /// slips its search can allow (<see cref="MostSlips"/>); the counts each search reads are the same.
    /// </summary>
    public void Prepare(IReadOnlyCollection<string> lowerWords)
    {
        if (whole || lowerWords.Count < 2) return;
        var targets = new NearTarget[lowerWords.Count];
        var i = 0;
        foreach (var word in lowerWords) targets[i++] = NearTarget.Of(word, MostSlips(word));
        WordFrequencies.CountNearAny(counts, prose, targets);
        prepared = lowerWords as HashSet<string> ?? new HashSet<string>(lowerWords, StringComparer.Ordinal);
    }

    /// <summary>The most slips a near-miss search allows a word (<see cref="NearMisses.AnchorFor"/>): two from 8
    /// letters, else one.</summary>
    private static int MostSlips(string lowerWord) => lowerWord.Length >= 8 ? 2 : 1;
}
