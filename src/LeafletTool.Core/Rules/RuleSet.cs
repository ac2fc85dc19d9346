using LeafletTool.Core.Rules.Contacts;
using LeafletTool.Core.Rules.Dates;
using LeafletTool.Core.Rules.Identity;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Rules.Structure;
using LeafletTool.Core.Rules.Style;
namespace LeafletTool.Core.Rules;

/// <summary>The rules that run on every leaflet, in the order they run.</summary>
public static class RuleSet
{
    public static IReadOnlyList<ILeafletRule> All { get; } =
    [
        new SlugFormatRule(),
        new ResourceNumberFormatRule(),
        new ResourceNumberDuplicateRule(),
        new DateFormatRule(),
        new ReviewBeforePublishedRule(),
        new ReviewIntervalRule(),
        new ReviewOverdueRule(),
        new ReviewDueSoonRule(),
        new PublishedInFutureRule(),
        new PhoneFormatRule(),
        new EmailFormatRule(),
        new LinkFormatRule(),
        new PlaceholderTextRule(),
        new CommentInTextRule(),
        new HiddenCharactersRule(),
        new SpellingRule(),
        new SpellingInconsistentRule(),
        new AmericanSpellingRule(),
        new RepeatedWordRule(),
        new TimeFormatRule(),
        new ReadabilityRule(),
        new SentenceLengthRule(),
        new PlainWordsRule(),
        new MedicalJargonRule(),
        new AbbreviationUnexplainedRule(),
        new HeadingCaseRule(),
        new LinkTextRule(),
        new DateStyleRule(),
        new LatinAbbreviationRule(),
        new NumberRangeRule(),
        new BlockCapitalsRule(),
    ];
}
