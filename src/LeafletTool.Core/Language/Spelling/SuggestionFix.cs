namespace LeafletTool.Core.Language.Spelling;

/// <summary>Suggestions for an unknown word, best first, and the fix (the first, when it is clearly meant).</summary>
public sealed record SuggestionSet(IReadOnlyList<string> Words, string? Fix);

/// <summary>A word near an unknown word: its edit distance, its weighted distance (<see cref="EditDistance"/>), its
/// lower-case form, whether the house dictionary has it, and how often the leaflet and folder checked use it.</summary>
internal sealed record Candidate(
    string Word, int Distance, double Weighted, string Lower, bool InHouse, int LocalUses)
{
    public WordRanks.Rank Rank { get; } = WordRanks.Of(Lower);
}

/// <summary>
/// When the first suggestion is clearly the word meant, so that JSON and SARIF may carry it as a fix that editors
/// apply without reading (SPEC: "set only when one candidate is clearly the intended word"). A correct word the
/// dictionaries lack must not get one: on real leaflets those are medical words, drug names, names and plurals,
/// whose nearest dictionary words are rare words, other forms of the same word, or one of many short words.
/// </summary>
internal static class SuggestionFix
{
    /// <summary>Shorter words have too many words one slip away to name one.</summary>
    public const int MinimumLength = NearMisses.MinimumLength;

    /// <summary>One ordinary slip, or two of the cheap ones ("tommorow": one m too many, one r too few).</summary>
    private const double MostWeighted = 1.0;

    /// <summary>
    /// Clear when the first candidate is at most one slip away (<see cref="MostWeighted"/>), or the same word in other
    /// capitals; is a word used in the leaflet or folder, a word leaflets use, a common word or a house word; and
    /// beats every other candidate nearly as near: it is used in the leaflet or folder where the other is not, or it
    /// keeps the word's ending where the other does not, or it is a likelier slip, or leaflets use it much more.
    /// A word that is a candidate with a letter added at the end is a form the lists lack more often than a slip.
    /// </summary>
    public static bool IsClear(string lower, bool capitalised, IReadOnlyList<Candidate> ranked)
    {
        if (ranked.Count == 0) return false;
        var best = ranked[0];
        // "nhs" is "NHS", "british" is "British"; but "eg" is not "Eg", and "pre" is not "are".
        if (best.Distance == 0) return lower.Length >= MinimumLength || best.Word.All(char.IsUpper);
        if (best.Weighted > MostWeighted || lower.Length < MinimumLength) return false;
        if (!best.InHouse && best.LocalUses == 0 && !best.Rank.IsFamiliar) return false;
        // A capitalised word that opens a sentence may be a name ("Whinney"): only a word leaflets use is meant.
        if (capitalised && !best.InHouse && best.LocalUses == 0 && best.Rank.Leaflets == 0) return false;
        foreach (var other in ranked)
        {
            if (IsExtensionOf(lower, other.Lower)) return false;
            if (ReferenceEquals(other, best) || other.Weighted > best.Weighted + 0.5) continue;
            if (!Beats(lower, best, other)) return false;
        }

        return true;
    }

    /// <summary>"talcs", "mucousy", "neurone": a word with one letter added at the end (not a doubled one) is a form
    /// the lists lack more often than a slip.</summary>
    private static bool IsExtensionOf(string lower, string candidate) =>
        lower.Length == candidate.Length + 1 && lower.StartsWith(candidate, StringComparison.Ordinal)
        && lower[^1] != lower[^2];

    private static bool Beats(string lower, Candidate best, Candidate other)
    {
        if (best.LocalUses > 0 && other.LocalUses == 0) return true;
        if (other.LocalUses > 0 && best.LocalUses == 0) return false;
        if (MuchMoreUsed(other.Rank, best.Rank)) return false;
        if (Suggestions.KeepsEnding(lower, best.Lower) && !Suggestions.KeepsEnding(lower, other.Lower)) return true;
        return best.Weighted < other.Weighted || MuchMoreUsed(best.Rank, other.Rank);
    }

    private static bool MuchMoreUsed(WordRanks.Rank word, WordRanks.Rank than) =>
        word.Leaflets == 0 && than.Leaflets == 0
            ? word.Size < than.Size
            : word.Leaflets >= (2 * than.Leaflets) + 2 && word.Size <= than.Size;
}
