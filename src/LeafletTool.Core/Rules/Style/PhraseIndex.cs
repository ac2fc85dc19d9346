using LeafletTool.Core.Text;

namespace LeafletTool.Core.Rules.Style;

/// <summary>One listed word or phrase found in a text: where its words stand and what to write instead.</summary>
internal readonly record struct PhraseMatch(int Start, int End, int FirstWord, int WordCount, string[] Alternatives);

/// <summary>
/// Words and phrases of one or more words, each with alternatives, looked up by their first word (any case) and
/// matched against a text's words: a phrase matches when its words follow one another with only spaces or line
/// breaks between them. The longest phrase wins and the search goes on after it.
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, List<(string[] Words, string[] Alternatives)>> byFirst =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The phrases of each first word, longest first, as arrays: what <see cref="Find"/> reads.</summary>
    private readonly Dictionary<string, (string[] Words, string[] Alternatives)[]>.AlternateLookup<
        ReadOnlySpan<char>> lookup;

    /// <summary>One bit for each (length, first letter, last letter) that a first word has, any case: most words of a
    /// text have none, and are passed over without hashing them.</summary>
    private readonly ulong[] shapes = new ulong[(MaxShapeLength + 1) * 26 * 26 / 64 + 1];

    private const int MaxShapeLength = 31;

    public PhraseIndex(IEnumerable<(string Words, string[] Alternatives)> pairs)
    {
        foreach (var (phrase, alternatives) in pairs)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || alternatives.Length == 0) continue;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            list.RemoveAll(p => p.Words.AsSpan().SequenceEqual(words, StringComparer.OrdinalIgnoreCase));
            list.Add((words, alternatives));
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        lookup = byFirst.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var first in byFirst.Keys)
        {
            var shape = Shape(first);
            if (shape >= 0) shapes[shape >> 6] |= 1UL << (shape & 63);
        }
    }

    /// <summary>The bit of a word's (length, first letter, last letter), or -1 when it has no such shape (a long
    /// word, or one that starts or ends with something other than a letter a to z), which is always looked up.
    /// </summary>
    private static int Shape(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxShapeLength) return -1;
        var (first, last) = ((word[0] | 0x20) - 'a', (word[^1] | 0x20) - 'a');
        if ((uint)first >= 26 || (uint)last >= 26) return -1;
        return (word.Length * 26 + first) * 26 + last;
    }

    private bool MayStart(ReadOnlySpan<char> word)
    {
        var shape = Shape(word);
        return shape < 0 || (shapes[shape >> 6] & (1UL << (shape & 63))) != 0;
    }

    public int Count => byFirst.Values.Sum(l => l.Count);

    /// <summary>A new index of these phrases and <paramref name="extra"/> (which win over listed ones).</summary>
    public PhraseIndex With(IEnumerable<(string Words, string[] Alternatives)> extra) =>
        new(byFirst.Values.SelectMany(l => l.Select(p => (string.Join(' ', p.Words), p.Alternatives))).Concat(extra));

    /// <summary>Every listed phrase in <paramref name="value"/>, whose words are <paramref name="words"/>.</summary>
    public IReadOnlyList<PhraseMatch> Find(string value, ReadOnlySpan<TextRange> words)
    {
        List<PhraseMatch>? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            var word = value.AsSpan(words[i].Start, words[i].Length);
            if (word.Length == 0 || !MayStart(word) || !lookup.TryGetValue(word, out var phrases)) continue;
            // A phrase of several words is passed over at once when the next word is not as long as its second:
            // "in" starts 16 phrases, and most uses of it start none.
            var nextLength = i + 1 < words.Length ? words[i + 1].Length : -1;
            foreach (var (phraseWords, alternatives) in phrases)
            {
                if (phraseWords.Length > 1 && phraseWords[1].Length != nextLength) continue;
                if (!Matches(value, words, i, phraseWords)) continue;
                var last = words[i + phraseWords.Length - 1];
                (found ??= []).Add(new PhraseMatch(words[i].Start, last.Start + last.Length, i, phraseWords.Length,
                    alternatives));
                i += phraseWords.Length - 1;
                break;
            }
        }

        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    private static bool Matches(string value, ReadOnlySpan<TextRange> words, int at, string[] phrase)
    {
        if (at + phrase.Length > words.Length) return false;
        for (var k = 1; k < phrase.Length; k++)
        {
            var (previous, word) = (words[at + k - 1], words[at + k]);
            var gap = value.AsSpan(previous.Start + previous.Length, word.Start - previous.Start - previous.Length);
            if (!gap.IsWhiteSpace()) return false;
            if (!value.AsSpan(word.Start, word.Length).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
                return false;
        }

        return true;
    }
}
