using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Language;

/// <summary>
/// Checks the spelling of a leaflet's prose once for the three spelling rules (<c>spelling</c>,
/// <c>spelling-inconsistent</c>, <c>american-spelling</c>), which each report their own kind of problem. Every
/// word in neither the dictionary, the house dictionary nor the leaflet's <c>accept:</c> list is one problem:
/// an American spelling (British English leaflets), else a near-miss of a frequent word (<see cref="NearMisses"/>),
/// else unknown. A leaflet not in English is not checked. The result is kept in the leaflet's
/// <see cref="LeafletAnalysis"/>, so the three rules share one check.
/// </summary>
public static class SpellingCheck
{
    /// <summary>How many different unknown words of one leaflet get a search for suggestions and near misses.</summary>
    public const int MaxSearchedWords = 300;

    public static IReadOnlyList<SpellingProblem> Of(Leaflet leaflet, RuleContext context)
    {
        var analysis = context.AnalysisOf(leaflet);
        return analysis.Spelling ??= Check(analysis, context);
    }

    /// <summary>"en", "en-GB", "en-US": the spelling rules only know English.</summary>
    public static bool IsEnglish(string language) =>
        language.Equals("en", StringComparison.OrdinalIgnoreCase)
        || language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>The language a leaflet is written in: its own <c>language:</c>, else the configuration's.</summary>
    public static string LanguageOf(Leaflet leaflet, RuleContext context) => LanguageOf(leaflet, context.Config);

    /// <summary>The language a leaflet is written in under a configuration.</summary>
    public static string LanguageOf(Leaflet leaflet, ProjectConfig config) =>
        leaflet.Language?.Value.Trim() is { Length: > 0 } own ? own : config.Language;

    private static IReadOnlyList<SpellingProblem> Check(LeafletAnalysis analysis, RuleContext context)
    {
        var leaflet = analysis.Leaflet;
        var language = LanguageOf(leaflet, context);
        if (!IsEnglish(language)) return [];
        var config = context.Config;
        var british = language.Equals("en-GB", StringComparison.OrdinalIgnoreCase)
                      || language.Equals("en", StringComparison.OrdinalIgnoreCase);
        var flagAmerican = british && config.SeverityOf(RuleCatalogue.AmericanSpelling) != Severity.Off;
        var findNearMisses = config.SeverityOf(RuleCatalogue.SpellingInconsistent) != Severity.Off;
        var house = Lexicon.HouseOf(config.HouseWords);
        var accepted = leaflet.Accept.Count == 0 ? WordSet.Empty : new WordSet(leaflet.Accept.Select(a => a.Value));
        var lexicon = new Lexicon(house.Words, accepted, acceptAmerican: !flagAmerican, analysis.Scratch.Memos);

        // The leaflet's word counts are needed only to judge a word no list has: counted then, once. The unknown
        // units are gathered first and judged after, in the same order, so that one walk of the leaflet counts what
        // the near-miss searches of all of them read.
        NearMisses? nearMisses = null;
        Dictionary<string, Verdict>? verdicts = null;
        var unknown = Unknown(analysis, lexicon);
        if (unknown.Count == 0) return [];
        if (findNearMisses)
        {
            nearMisses = NearMissesOf(analysis, context, house);
            nearMisses.Prepare(Searched(unknown, flagAmerican));
        }

        var problems = new List<SpellingProblem>();
        foreach (var (prose, unit, name) in unknown)
        {
            var value = prose.Value;
            var part = value.AsSpan(unit.Start, unit.Length);
            var written = SpellingUnits.Straight(part);
            verdicts ??= new Dictionary<string, Verdict>(StringComparer.Ordinal);
            if (name)
            {
                // A name (a hospital, ward, person): only a near miss of a name used more often is a problem.
                nearMisses ??= NearMissesOf(analysis, context, house);
                if (findNearMisses && nearMisses.AnchorFor(written.ToLowerInvariant()) is { } nameAnchor)
                {
                    var shapedName = WordShapes.Apply(WordShapes.Of(written), nameAnchor.Word);
                    problems.Add(new SpellingProblem(SpellingProblemKind.NearMiss, prose.Text, unit,
                        value.Substring(unit.Start, unit.Length), [shapedName], nameAnchor));
                }

                continue;
            }

            if (!verdicts.TryGetValue(written, out var verdict))
            {
                // "talcs", "mins": a known word with an -s the lists lack is more often a plural than a slip;
                // it is named, without a near miss or a fix.
                var plural = IsPluralOfKnown(part, lexicon);
                nearMisses ??= NearMissesOf(analysis, context, house);
                // Suggestions and near misses cost a search each: past a few hundred different unknown words
                // (no real leaflet has that many) the rest are only named, so a file of 100,000 made-up words
                // takes seconds, not minutes.
                var search = verdicts.Count < MaxSearchedWords;
                verdict = Judge(written, flagAmerican, findNearMisses && search && !plural, nearMisses,
                    search ? house.Lower : null);
                if (plural) verdict = verdict with { Fix = null };
                verdicts[written] = verdict;
            }

            var asWritten = value.Substring(unit.Start, unit.Length);
            problems.Add(new SpellingProblem(verdict.Kind, prose.Text, unit, asWritten, verdict.Suggestions,
                verdict.Anchor, verdict.Fix));
        }

        return problems;
    }

    /// <summary>Every unit of the leaflet's prose no list has, in reading order, with whether it is in a name.
    /// </summary>
    private static List<(ProseText Prose, Text.TextRange Unit, bool Name)> Unknown(LeafletAnalysis analysis,
        Lexicon lexicon)
    {
        List<(ProseText, Text.TextRange, bool)>? unknown = null;
        foreach (var prose in analysis.Prose.Texts)
        {
            var value = prose.Value;
            foreach (var word in prose.Words)
            {
                var whole = SpellingUnits.WithoutPossessive(value, word);
                if (lexicon.IsKnown(value.AsSpan(whole.Start, whole.Length))) continue;
                var units = SpellingUnits.HasHyphen(value, whole) ? SpellingUnits.Parts(value, whole) : [whole];
                var name = IsName(value, whole);
                for (var u = 0; u < units.Count; u++)
                {
                    var part = value.AsSpan(units[u].Start, units[u].Length);
                    if (lexicon.IsKnown(part) || (u < units.Count - 1 && Lexicon.IsPrefix(part))) continue;
                    if (IsClosedCompound(part)) continue;
                    (unknown ??= []).Add((prose, units[u], name));
                }
            }
        }

        return unknown ?? [];
    }

    /// <summary>The words (in lower case) a near-miss search may be made for: of 4 letters or more, and for a word
    /// not a name, not an American spelling that is flagged (searched no further), up to the words searched.
    /// </summary>
    private static HashSet<string> Searched(List<(ProseText Prose, Text.TextRange Unit, bool Name)> unknown,
        bool flagAmerican)
    {
        var searched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (prose, unit, name) in unknown)
        {
            if (unit.Length < NearMisses.MinimumLength) continue;
            var written = SpellingUnits.Straight(prose.Value.AsSpan(unit.Start, unit.Length));
            if (!name && flagAmerican && AmericanSpellings.BritishFormOf(written) is not null) continue;
            searched.Add(written.ToLowerInvariant());
            if (searched.Count > MaxSearchedWords) break;
        }

        return searched;
    }

    /// <summary>
    /// The near-miss search of a leaflet, its words counted as far as each search needs in the worker's table, started
    /// anew for each leaflet: the counts are used only while that leaflet's words are judged, and nothing judged keeps
    /// a reference to them.
    /// </summary>
    private static NearMisses NearMissesOf(LeafletAnalysis analysis, RuleContext context, Lexicon.HouseEntry house) =>
        new(new LeafletUses(analysis.Prose, analysis.Scratch.LeafletCounts), () => context.Corpus.Words, house.Lower);

    private static Verdict Judge(
        string word, bool flagAmerican, bool findNearMisses, NearMisses nearMisses, IReadOnlyList<string>? houseLower)
    {
        if (flagAmerican && AmericanSpellings.BritishFormOf(word) is { } british)
        {
            return new Verdict(SpellingProblemKind.American, [british], null);
        }

        if (findNearMisses && nearMisses.AnchorFor(word.ToLowerInvariant()) is { } anchor)
        {
            var shaped = WordShapes.Apply(WordShapes.Of(word), anchor.Word);
            return new Verdict(SpellingProblemKind.NearMiss, [shaped], anchor);
        }

        if (houseLower is null) return new Verdict(SpellingProblemKind.Unknown, [], null);
        var suggestions = Suggestions.Judge(word, houseLower, nearMisses.Uses);
        return new Verdict(SpellingProblemKind.Unknown, suggestions.Words, null, suggestions.Fix);
    }

    /// <summary>"footcare", "handwash": two common words of 4 letters or more written as one, which English does
    /// freely (issue 14). Common words only (SCOWL's small list), and not one slip from a dictionary word: "vomitting"
    /// is "vomit" and "ting", but "vomiting" is one slip away. A lower-case word only, and at most 30 letters.
    /// </summary>
    private static bool IsClosedCompound(ReadOnlySpan<char> word)
    {
        if (word.Length < 8 || word.Length > 30) return false;
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c)) return false;
        }

        for (var cut = 4; cut <= word.Length - 4; cut++)
        {
            if (IsCommon(word[..cut]) && IsCommon(word[cut..])) return !Suggestions.HasWordOneSlipAway(word.ToString());
        }

        return false;
    }

    private static bool IsPluralOfKnown(ReadOnlySpan<char> word, Lexicon lexicon) =>
        word.Length >= 4 && word[^1] == 's' && word[^2] != 's' && word[^2] != '\'' && lexicon.IsKnown(word[..^1]);

    private static bool IsCommon(ReadOnlySpan<char> word) => EnglishDictionary.Common.ContainsExactly(word);

    /// <summary>
    /// A capitalised word inside a sentence (not its first word, not in capitals throughout): a name, as SPEC says,
    /// which no dictionary can hold. Only a near miss of a name used more often is reported for it.
    /// </summary>
    private static bool IsName(string value, Text.TextRange word)
    {
        if (word.Length < 2 || !char.IsUpper(value[word.Start])) return false;
        var allCapitals = true;
        for (var i = word.Start + 1; i < word.End && allCapitals; i++) allCapitals = !char.IsLower(value[i]);
        if (allCapitals) return false;
        var at = word.Start;
        while (at > 0 && (char.IsWhiteSpace(value[at - 1]) || value[at - 1] is '"' or '\'' or '(' or '[' or '*'
                   or '\u201c' or '\u2018')) at--;
        return at > 0 && value[at - 1] is not ('.' or '!' or '?' or ':' or '\u2022');
    }

    /// <summary>What was decided about a word as written, once per leaflet however often it is used.</summary>
    private sealed record Verdict(
        SpellingProblemKind Kind, IReadOnlyList<string> Suggestions, NearMissAnchor? Anchor, string? Fix = null);
}
