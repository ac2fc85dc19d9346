using System.Runtime.CompilerServices;

namespace LeafletTool.Core.Language.Words;

/// <summary>
/// The words a leaflet may use: the British English dictionary, the house dictionary, the leaflet's own
/// <c>accept:</c> list, and (for a leaflet not in British English, or with <c>american-spelling</c> off) American
/// spellings. Single letters and abbreviations in capitals (2 to 5 capitals, "NHS", "PALS", or with a plural
/// "s", "GPs") are always accepted: leaflets spell them out where they are used. Dictionary look-ups go through
/// the worker's <paramref name="memos"/> when given.
/// </summary>
public sealed class Lexicon(WordSet house, WordSet accepted, bool acceptAmerican, WordMemos? memos = null)
{
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, HouseEntry> HouseSets = new();

    public WordSet House { get; } = house;

    public WordSet Accepted { get; } = accepted;

    public bool AcceptsAmerican { get; } = acceptAmerican;

    /// <summary>The house dictionary of a configuration as a word set, built once per list of words.</summary>
    public static HouseEntry HouseOf(IReadOnlyList<string> words) => HouseSets.GetValue(words, w => new HouseEntry(w));

    /// <summary>Whether one unit (no hyphen, possessive dropped) is a known word.</summary>
    /// <remarks>Most units are lower-case words the dictionary has: for them this is one look-up in the worker's
    /// memo, which answers for a unit as written (curly apostrophes and all), so nothing else is looked at.
    /// </remarks>
    public bool IsKnown(ReadOnlySpan<char> unit)
    {
        if (unit.Length <= 1) return true;

        // An abbreviation starts with a capital: a lower-case letter first rules it out at once.
        if (!char.IsAsciiLetterLower(unit[0]) && IsAbbreviation(unit)) return true;
        if (memos is not null && EnglishDictionary.ContainsWritten(unit, memos)) return true;
        if (!unit.Contains('\u2019')) return Lists(unit);
        Span<char> straight = unit.Length <= 128 ? stackalloc char[unit.Length] : new char[unit.Length];
        unit.CopyTo(straight);
        straight.Replace('\u2019', '\'');
        return Lists(straight);
    }

    /// <summary>Whether a list has a word with straight apostrophes; the dictionary was asked already when the worker
    /// has memos.</summary>
    private bool Lists(ReadOnlySpan<char> word)
    {
        return (memos is null && EnglishDictionary.Contains(word)) || House.Contains(word) || Accepted.Contains(word)
            || (AcceptsAmerican && AmericanSpellings.BritishFormOf(word) is not null);
    }

    /// <summary>
    /// A prefix that is not a word on its own but starts hyphenated words: "pre-assessment", "non-urgent",
    /// "co-operate".
    /// </summary>
    public static bool IsPrefix(ReadOnlySpan<char> part) => Prefixes.Contains(part.ToString());

    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "anti", "auto", "bi", "co", "de", "ex", "extra", "hyper", "hypo", "infra", "inter", "intra", "macro", "micro",
        "mid", "mini", "multi", "neo", "non", "para", "peri", "post", "pre", "pro", "pseudo", "re", "semi", "sub",
        "supra", "trans", "tri", "ultra", "un",
    };

    /// <summary>"NHS", "PALS", "GPs", "MRCOG": two to six capitals (SPEC: acronyms of up to 6 letters are not
    /// spell-checked), perhaps with a plural s.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var letters = word.Length > 2 && word[^1] == 's' ? word[..^1] : word;
        if (letters.Length is < 2 or > 6) return false;
        foreach (var c in letters)
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    /// <summary>
    /// A house dictionary: its words for lookups, and their lower-case forms for the near-miss search.
    /// </summary>
    public sealed class HouseEntry
    {
        public HouseEntry(IReadOnlyList<string> words)
        {
            Words = new WordSet(words);
            Lower = Words.Words.Select(w => w.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        }

        public WordSet Words { get; }

        public IReadOnlyList<string> Lower { get; }
    }
}
