namespace LeafletTool.Core.Language.Reading;

/// <summary>
/// A leaflet's readability: SMOG grade (McLaughlin 1969), Flesch-Kincaid grade and Flesch reading ease, with
/// the counts they come from. A UK reading age is about the grade + 5. With no words all scores are 0.
/// </summary>
public sealed record ReadabilityScores(
    double Smog,
    double FleschKincaidGrade,
    double FleschReadingEase,
    int Words,
    int Sentences,
    int Syllables,
    int Polysyllables)
{
    public static readonly ReadabilityScores Empty = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The published formulas applied to counts.</summary>
    public static ReadabilityScores From(int words, int sentences, int syllables, int polysyllables)
    {
        if (words == 0 || sentences == 0)
            return Empty with
            {
                Words = words,
                Sentences = sentences,
                Syllables = syllables,
                Polysyllables = polysyllables
            };
        var wordsPerSentence = (double)words / sentences;
        var syllablesPerWord = (double)syllables / words;
        return new ReadabilityScores(
            Smog: 1.0430 * Math.Sqrt(polysyllables * 30.0 / sentences) + 3.1291,
            FleschKincaidGrade: 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59,
            FleschReadingEase: 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord,
            Words: words,
            Sentences: sentences,
            Syllables: syllables,
            Polysyllables: polysyllables);
    }
}
