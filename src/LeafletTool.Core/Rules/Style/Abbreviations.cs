using LeafletTool.Core.Config;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>What counts as an abbreviation for <c>abbreviation-unexplained</c> and <c>block-capitals</c>, and which
/// ones need no spelling out.</summary>
internal static class Abbreviations
{
    /// <summary>Roman numerals, and drafting marks that <c>placeholder-text</c> reports.</summary>
    private static readonly HashSet<string> NotAbbreviations = new(StringComparer.Ordinal)
    {
        "II", "III", "IV", "VI", "TODO", "TBC", "TBA", "TBD", "XXX", "FIXME",
    };

    /// <summary>"MRI" for "MRIs"; the word as it is otherwise.</summary>
    public static string Singular(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' ? word[..^1].ToString() : word.ToString();

    /// <summary>Patients know it (NHS, GP), the trust's config lists it or the leaflet accepts it.</summary>
    public static bool IsKnown(string word, ProjectConfig config, Leaflet leaflet)
    {
        var singular = Singular(word);
        return StyleData.WellKnownAbbreviations.Contains(word) || StyleData.WellKnownAbbreviations.Contains(singular)
            || Listed(config.Abbreviations, word) || Listed(config.Abbreviations, singular)
            || StyleText.IsAccepted(leaflet, word) || StyleText.IsAccepted(leaflet, singular)
            || NotAbbreviations.Contains(word);
    }

    /// <summary>A word in capitals that is an everyday word written in capitals ("NOT", "EAT"), not an
    /// abbreviation: its lower-case form is in the dictionary and its capitals form is not.</summary>
    public static bool IsShouted(ReadOnlySpan<char> word)
    {
        if (!StyleText.IsCapitals(word) || EnglishDictionary.Words.ContainsExactly(word)) return false;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return EnglishDictionary.Words.ContainsExactly(lower);
    }

    /// <summary>A name in capitals ("LEEDS"): the dictionary knows it with a capital and the rest lower case.
    /// </summary>
    public static bool IsName(ReadOnlySpan<char> word)
    {
        Span<char> name = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(name);
        name[0] = char.ToUpperInvariant(name[0]);
        return EnglishDictionary.Words.ContainsExactly(name);
    }

    private static bool Listed(IReadOnlyList<string> list, string word)
    {
        foreach (var item in list)
        {
            if (item.Equals(word, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
