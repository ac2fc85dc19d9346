using System.Text;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>heading-case</c>: a title or heading in title case ("Risks Of The Procedure") or in capitals ("RISKS OF THE
/// PROCEDURE") instead of sentence case. A word keeps its capital when it starts the heading or a sentence in it,
/// when the dictionary knows it only with one (a name: "Monday", "X-ray"), when it is an abbreviation, or when the
/// house dictionary or the leaflet's <c>accept:</c> has it as written. Suggests the heading in sentence case.
/// </summary>
public sealed class HeadingCaseRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.HeadingCase;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            if (prose.Kind is not (ProseKind.Title or ProseKind.Heading)) continue;
            var value = prose.Value;
            var words = prose.Words;
            var inCapitals = InCapitals(value, words, leaflet, context);
            StringBuilder? fixedText = null;
            var first = -1;
            var shouted = 0;
            for (var k = 0; k < words.Length; k++)
            {
                var range = words[k];
                var word = value.AsSpan(range.Start, range.Length);
                var isShouted = inCapitals ? IsLowerCaseWord(word, leaflet, context)
                    : Abbreviations.IsShouted(word) && !IsKept(word, leaflet, context);
                if (isShouted) shouted++;
                var wrong = isShouted || (k > 0 && !StyleText.StartsSentence(value, range.Start)
                    && IsTitleCased(word, leaflet, context) && !NextToName(value, words, k));
                if (!wrong) continue;
                if (first < 0) first = range.Start;
                fixedText ??= new StringBuilder(value);
                var keepFirst = k == 0 || StyleText.StartsSentence(value, range.Start);
                for (var i = keepFirst ? 1 : 0; i < range.Length; i++)
                    fixedText[range.Start + i] = char.ToLowerInvariant(value[range.Start + i]);
            }

            // One word in capitals in a heading is emphasis or a name, not a heading in capitals.
            if (first < 0 || (shouted == 1 && !HasTitleCase(value, words, leaflet, context))) continue;
            var suggestion = fixedText!.ToString();
            var message = $"'{value}': write headings in sentence case, '{suggestion}'. Only the first word, names "
                + "and abbreviations take capitals; title case and capitals are harder to read (NHS content style "
                + "guide).";
            bag.Report(Info, analysis.PositionOf(prose.Text, first), message, suggestion);
        }
    }

    /// <summary>Every word of two letters or more in capitals, two of them everyday words ("RISKS OF THE").</summary>
    private static bool InCapitals(string value, ReadOnlySpan<Text.TextRange> words, Leaflet leaflet,
        RuleContext context)
    {
        var everyday = 0;
        foreach (var range in words)
        {
            var word = value.AsSpan(range.Start, range.Length);
            if (word.Length < 2) continue;
            if (!StyleText.IsCapitals(word)) return false;
            if (IsLowerCaseWord(word, leaflet, context)) everyday++;
        }

        return everyday >= 2;
    }

    /// <summary>A word in capitals that is an everyday word in lower case ("OF"), not an abbreviation patients
    /// know or the trust lists.</summary>
    private static bool IsLowerCaseWord(ReadOnlySpan<char> word, Leaflet leaflet, RuleContext context)
    {
        if (!StyleText.IsCapitals(word)) return false;
        var written = word.ToString();
        if (Abbreviations.IsKnown(written, context.Config, leaflet)) return false;
        return EnglishDictionary.Words.ContainsExactly(written.ToLowerInvariant());
    }

    /// <summary>Part of a longer name: "Queen" in "Queen Elizabeth", "Royal" in "Royal Berkshire".</summary>
    private static bool NextToName(string value, ReadOnlySpan<Text.TextRange> words, int k)
    {
        var (range, next) = (words[k], k + 1 < words.Length ? words[k + 1] : default);
        if (k > 0 && IsSpace(value.AsSpan(words[k - 1].End, range.Start - words[k - 1].End))
            && IsName(value.AsSpan(words[k - 1].Start, words[k - 1].Length))) return true;
        return next.Length > 0 && IsSpace(value.AsSpan(range.End, next.Start - range.End))
            && IsName(value.AsSpan(next.Start, next.Length));
    }

    /// <summary>One space, perhaps after a possessive apostrophe ("St Thomas' Hospital").</summary>
    private static bool IsSpace(ReadOnlySpan<char> gap) => gap is " " or "' " or "\u2019 ";

    private static bool HasTitleCase(string value, ReadOnlySpan<Text.TextRange> words, Leaflet leaflet,
        RuleContext context)
    {
        for (var k = 1; k < words.Length; k++)
        {
            if (!StyleText.StartsSentence(value, words[k].Start)
                && IsTitleCased(value.AsSpan(words[k].Start, words[k].Length), leaflet, context)
                && !NextToName(value, words, k)) return true;
        }

        return false;
    }

    /// <summary>"Procedure", "Pre-Procedure": capitals only at the start of each part, where the dictionary knows the
    /// word, or each part, in lower case.</summary>
    private static bool IsTitleCased(ReadOnlySpan<char> word, Leaflet leaflet, RuleContext context)
    {
        if (word is "A") return true;
        if (word.Length < 2 || !char.IsUpper(word[0]) || word[1] == '-') return false;
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]) && !char.IsLower(word[i]) && word[i - 1] != '-') return false;
        }

        if (IsKept(word, leaflet, context)) return false;
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        if (EnglishDictionary.Words.ContainsExactly(lower)) return true;
        if (lower.IndexOf('-') < 0) return false;
        foreach (var part in lower.Split('-'))
        {
            if (!EnglishDictionary.Words.ContainsExactly(lower[part]) && !Lexicon.IsPrefix(lower[part])) return false;
        }

        return true;
    }

    /// <summary>A name: the dictionary knows the word with its capital and not without ("Elizabeth", "Monday").
    /// </summary>
    internal static bool IsName(ReadOnlySpan<char> word)
    {
        // A possessive name: "Thomas'" in "St Thomas' Hospital", "Guy's".
        if (word.EndsWith("'s") || word.EndsWith("\u2019s")) word = word[..^2];
        else if (word.Length > 2 && word[^1] is '\'' or '\u2019') word = word[..^1];
        if (word.Length < 2 || !char.IsUpper(word[0]) || !EnglishDictionary.Words.ContainsExactly(word)) return false;
        foreach (var c in word[1..])
        {
            if (char.IsUpper(c)) return false;
        }

        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return !EnglishDictionary.Words.ContainsExactly(lower);
    }

    /// <summary>A name, or a word the house dictionary or the leaflet's accepted words have as written.</summary>
    private static bool IsKept(ReadOnlySpan<char> word, Leaflet leaflet, RuleContext context)
    {
        if (IsName(word)) return true;
        foreach (var house in context.Config.HouseWords)
        {
            if (word.Equals(house, StringComparison.Ordinal)) return true;
        }

        foreach (var accepted in leaflet.Accept)
        {
            if (word.Equals(accepted.Value, StringComparison.Ordinal)) return true;
        }

        return false;
    }
}
