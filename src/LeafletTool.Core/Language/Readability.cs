using LeafletTool.Core.Model;

namespace LeafletTool.Core.Language;

/// <summary>
/// Measures a leaflet's readability over all its prose (<see cref="Leaflet.Prose"/>: title, summary, headings,
/// paragraphs, list items, notes, contact purposes and hours, out-of-hours text), each value its own paragraph,
/// so headings and list items count as sentences. Words, sentences and syllables are counted as the npm
/// packages <c>parse-english</c> and <c>syllable</c> count them; numbers are words of no syllables; hyphenated
/// compounds are one word; a polysyllable has 3 or more syllables.
/// </summary>
public static class Readability
{
    public static ReadabilityScores Measure(Leaflet leaflet) => Measure(leaflet.Prose().Select(p => p.Text.Value));

    /// <summary>Measures text values as separate paragraphs.</summary>
    public static ReadabilityScores Measure(IEnumerable<string> texts)
    {
        int words = 0, sentences = 0, syllables = 0, polysyllables = 0;
        foreach (var text in texts)
        {
            var found = ReadingWords.Of(text);
            sentences += Sentences.Of(text, found).Count;
            foreach (var word in found)
            {
                var count = Syllables.Count(text.Substring(word.Start, word.Length));
                words++;
                syllables += count;
                if (count >= 3) polysyllables++;
            }
        }

        return ReadabilityScores.From(words, sentences, syllables, polysyllables);
    }
}
