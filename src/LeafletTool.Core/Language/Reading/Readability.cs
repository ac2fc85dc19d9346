using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Reading;

/// <summary>
/// Measures a leaflet's readability over all its prose (<see cref="Leaflet.Prose"/>: title, summary, headings,
/// paragraphs, list items, notes, contact purposes and hours, out-of-hours text), each value its own paragraph,
/// so headings and list items count as sentences. Words, sentences and syllables are counted as the npm
/// packages <c>parse-english</c> and <c>syllable</c> count them; numbers are words of no syllables; hyphenated
/// compounds are one word; a polysyllable has 3 or more syllables. Past <see cref="MaxMeasuredWords"/> words the rest
/// is not measured.
/// </summary>
public static class Readability
{
    /// <summary>
    /// The most words measured: a longer text is measured on its first 20,000 words, a sample (SMOG itself samples
    /// 30 sentences). A long leaflet has 3,000 words, so real leaflets are measured whole; a 1 MiB file of 100,000
    /// made-up words would otherwise spend seconds counting their syllables.
    /// </summary>
    public const int MaxMeasuredWords = 20_000;

    /// <summary>Measures a leaflet's prose.</summary>
    public static ReadabilityScores Measure(Leaflet leaflet) => Measure(LeafletProse.Of(leaflet));

    /// <summary>
    /// Measures prose with the words and sentences the other language rules share, counting syllables through the
    /// worker's <paramref name="memos"/> when given.
    /// </summary>
    public static ReadabilityScores Measure(LeafletProse prose, WordMemos? memos = null)
    {
        var tally = new Tally(memos);
        foreach (var text in prose.Texts) tally.Add(text.Value, text.ReadingWords, text.Sentences.Length);
        return tally.Scores();
    }

    /// <summary>Measures text values as separate paragraphs.</summary>
    public static ReadabilityScores Measure(IEnumerable<string> texts)
    {
        var tally = new Tally(null);
        foreach (var text in texts)
        {
            var found = ReadingWords.Of(text);
            var sentences = Sentences.Of(text, found).Count;
            tally.Add(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(found), sentences);
        }

        return tally.Scores();
    }

    private struct Tally(WordMemos? memos)
    {
        private int words, sentences, syllables, polysyllables;

        public void Add(string text, ReadOnlySpan<TextRange> found, int sentenceCount)
        {
            if (words >= MaxMeasuredWords) return;
            if (found.Length > MaxMeasuredWords - words)
            {
                // The sample ends inside this text: its sentences in proportion to the words taken.
                var taken = MaxMeasuredWords - words;
                sentenceCount = Math.Max(1, (int)Math.Round((double)sentenceCount * taken / found.Length));
                found = found[..taken];
            }

            sentences += sentenceCount;
            foreach (var word in found)
            {
                var written = text.AsSpan(word.Start, word.Length);
                // A word of one or two letters a to z is one syllable (the package's rule), without a look-up.
                var count = written.Length <= 2 && IsAsciiLetters(written) ? 1 : Syllables.Count(written, memos);
                words++;
                syllables += count;
                if (count >= 3) polysyllables++;
            }
        }

        private static bool IsAsciiLetters(ReadOnlySpan<char> word)
        {
            foreach (var c in word)
            {
                if (!char.IsAsciiLetter(c)) return false;
            }

            return true;
        }

        public readonly ReadabilityScores Scores() =>
            ReadabilityScores.From(words, sentences, syllables, polysyllables);
    }
}
