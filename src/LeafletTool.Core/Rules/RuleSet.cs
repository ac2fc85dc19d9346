namespace LeafletTool.Core.Rules;

/// <summary>The rules that run on every leaflet, in the order they run.</summary>
public static class RuleSet
{
    public static IReadOnlyList<ILeafletRule> All { get; } =
    [
        new SlugFormatRule(),
        new SpellingRule(),
        new SpellingInconsistentRule(),
        new AmericanSpellingRule(),
        new RepeatedWordRule(),
        new TimeFormatRule(),
        new ReadabilityRule(),
        new SentenceLengthRule(),
    ];
}
