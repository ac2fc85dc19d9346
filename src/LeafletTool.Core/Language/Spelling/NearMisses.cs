using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>
/// Finds the word an unknown word of 4 letters or more was probably meant to be: a word one slip away (edit distance
/// 1; a swapped pair counts 1; two for a word of 8 letters or more that has no dictionary word one slip away) that
/// is not just another form of it (<see cref="Inflections"/>)
/// and is used much more often (at least 3 times, and 3 times as often) in the same leaflet, else in all the
/// leaflets of the folders checked, else a word of the house dictionary.
/// </summary>
/// <param name="leaflet">The leaflet's word uses.</param>
/// <param name="folder">The folder's word counts, asked for only when the leaflet has no anchor (they are counted on
/// first use).</param>
/// <param name="houseWordsLower">The house dictionary in lower case.</param>
public sealed class NearMisses(LeafletUses leaflet, Func<WordFrequencies> folder,
    IReadOnlyList<string> houseWordsLower)
{
    public const int MuchMoreOften = 3;

    private WordFrequencies? folderCounts;

    /// <summary>The anchors already found, by word: a name is searched once however often it is used.</summary>
    private Dictionary<string, NearMissAnchor?>? anchors;

    /// <summary>How often a lower-case word is used in the leaflet, and in the folder when it is counted.</summary>
    public int Uses(string lowerWord) => leaflet.Of(lowerWord) + (folderCounts?[lowerWord] ?? 0);

    /// <summary>Readies the leaflet's counts for the searches of all these words (in lower case) at once
    /// (<see cref="LeafletUses.Prepare"/>); the anchors found are the same.</summary>
    public void Prepare(IReadOnlyCollection<string> lowerWords) => leaflet.Prepare(lowerWords);

    /// <summary>Shorter words have too many words one slip away ("eg": leg, egg, beg) to name one.</summary>
    public const int MinimumLength = 4;

    /// <summary>
    /// The anchor of a word given in lower case, or null. Two slips only for a long word with no dictionary word one
    /// slip away: "clinican" is one slip from "clinician", not two from a frequent "clinic".
    /// </summary>
    public NearMissAnchor? AnchorFor(string lowerWord)
    {
        if (lowerWord.Length < MinimumLength) return null;
        anchors ??= new Dictionary<string, NearMissAnchor?>(StringComparer.Ordinal);
        if (anchors.TryGetValue(lowerWord, out var known)) return known;
        var limit = lowerWord.Length >= 8 && !Suggestions.HasWordOneSlipAway(lowerWord) ? 2 : 1;
        var anchor = InLeaflet(lowerWord, limit) ?? InFolder(lowerWord, limit) ?? InHouseDictionary(lowerWord, limit);
        anchors[lowerWord] = anchor;
        return anchor;
    }

    /// <summary>Whether <paramref name="candidate"/> is a better anchor for <paramref name="word"/> than
    /// <paramref name="best"/>: one that keeps the word's ending first (a slip keeps it: "medicatians" is "medications"
    /// even where "medication" is used more), then the one used more, then the first in order.</summary>
    private static bool IsBetter(string word, string candidate, int uses, NearMissAnchor? best)
    {
        if (best is null) return true;
        var (keeps, bestKeeps) = (Suggestions.KeepsEnding(word, candidate), Suggestions.KeepsEnding(word, best.Word));
        if (keeps != bestKeeps) return keeps;
        return uses > best.Uses || (uses == best.Uses && string.CompareOrdinal(candidate, best.Word) < 0);
    }

    private static int Threshold(int ownUses) => Math.Max(WordFrequencies.MinimumAnchorUses, MuchMoreOften * ownUses);

    private NearMissAnchor? InLeaflet(string word, int limit)
    {
        var counts = leaflet.Near(word, limit);
        var needed = Threshold(counts[word]);
        var mask = SuggestionIndex.MaskOf(word);
        NearMissAnchor? best = null;
        for (var i = 0; i < counts.Count; i++)
        {
            var (candidate, uses) = (counts.KeyAt(i), counts.ValueAt(i));
            if (uses < needed || Math.Abs(candidate.Length - word.Length) > limit) continue;
            if (System.Numerics.BitOperations.PopCount(SuggestionIndex.MaskOf(candidate) ^ mask) > 2 * limit) continue;
            if (!IsNearMiss(word, candidate, limit)) continue;
            if (IsBetter(word, candidate, uses, best))
            {
                best = new NearMissAnchor(candidate, uses, AnchorScope.Leaflet);
            }
        }

        return best;
    }

    private NearMissAnchor? InFolder(string word, int limit)
    {
        var counts = folderCounts ??= folder();
        if (counts.Counts.Count == 0) return null;
        var needed = Threshold(counts[word]);
        NearMissAnchor? best = null;
        foreach (var candidate in counts.Frequent.Near(word, limit))
        {
            var uses = counts[candidate];
            if (uses < needed || Inflections.Related(word, candidate)) continue;
            if (IsBetter(word, candidate, uses, best))
            {
                best = new NearMissAnchor(candidate, uses, AnchorScope.Folder);
            }
        }

        return best;
    }

    private NearMissAnchor? InHouseDictionary(string word, int limit)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in houseWordsLower)
        {
            var distance = EditDistance.Bounded(word, candidate, limit);
            if (distance == 0 || distance > limit || Inflections.Related(word, candidate)) continue;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is null ? null : new NearMissAnchor(best, 0, AnchorScope.HouseDictionary);
    }

    private static bool IsNearMiss(string word, string candidate, int limit)
    {
        var distance = EditDistance.Bounded(word, candidate, limit);
        return distance > 0 && distance <= limit && !Inflections.Related(word, candidate);
    }
}
