using System.Globalization;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary>
/// One line per English leaflet with its readability, for <c>validate --verbose</c>:
/// <c>leaflets/x.yaml: SMOG 11.0, Flesch-Kincaid grade 8.0, reading ease 62.5, 885 words, 64 sentences</c>.
/// </summary>
public static class ReadabilityLines
{
    /// <summary>The line for one checked file, or null when it did not load or is not in English.</summary>
    public static string? For(LeafletOutcome outcome)
    {
        if (outcome.Leaflet is not { } leaflet) return null;
        if (!SpellingCheck.IsEnglish(SpellingCheck.LanguageOf(leaflet, outcome.Input.Config))) return null;
        return Line(outcome.Input.Name, Readability.Measure(leaflet));
    }

    public static string Line(string file, ReadabilityScores s) => string.Create(CultureInfo.InvariantCulture,
        $"{file}: SMOG {s.Smog:0.0}, Flesch-Kincaid grade {s.FleschKincaidGrade:0.0}, "
        + $"reading ease {s.FleschReadingEase:0.0}, {s.Words} words, {s.Sentences} sentences");
}
