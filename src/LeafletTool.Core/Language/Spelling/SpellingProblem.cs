using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Spelling;

/// <summary>What is wrong with a word: unknown, a near-miss of a word used more often, or an American
/// spelling.</summary>
public enum SpellingProblemKind
{
    Unknown,
    NearMiss,
    American,
}

/// <summary>Where the word a near-miss was probably meant to be comes from.</summary>
public enum AnchorScope
{
    Leaflet,
    Folder,
    HouseDictionary,
}

/// <summary>The word a near-miss was probably meant to be, and how often it is used where it was found.</summary>
public sealed record NearMissAnchor(string Word, int Uses, AnchorScope Scope);

/// <summary>
/// One misspelt word: which value it is in and where (<see cref="Range"/>, in characters of the value), the word
/// as written, up to 3 suggestions (best first, in the word's capitalisation), for a near-miss its anchor, and for
/// an unknown word the fix when one suggestion is clearly the word meant (<see cref="SuggestionFix"/>).
/// </summary>
public sealed record SpellingProblem(
    SpellingProblemKind Kind,
    LocatedText Text,
    TextRange Range,
    string Word,
    IReadOnlyList<string> Suggestions,
    NearMissAnchor? Anchor = null,
    string? Fix = null);
