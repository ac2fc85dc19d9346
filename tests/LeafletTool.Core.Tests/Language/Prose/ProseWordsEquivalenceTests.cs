using System.Text;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;
using LeafletTool.TestSupport;

namespace LeafletTool.Core.Tests.Language.Prose;

/// <summary>
/// The one-pass word scan (<see cref="ProseWords.Scan{TSink}"/>) and the first pass's count straight from it
/// (<see cref="ScanSink{TSink}"/>) against the splitter the rules use (<see cref="ProseWords.Of"/>, the old path,
/// which the first pass's count used before) and the count of the words it found
/// (<see cref="WordFrequencies.CountInto"/>), on the repository's prose (leaflets, the seed, the real leaflets'
/// vocabularies, the README and docs) and on made-up text full of odd characters.
/// </summary>
public class ProseWordsEquivalenceTests
{
    [Fact]
    public void The_scan_hands_on_the_words_the_splitter_found_and_marks_the_plain_ones()
    {
        var scratch = new List<TextRange>();
        foreach (var text in Texts())
        {
            var found = new List<(int Start, int Length, bool Plain)>();
            var sink = new Collect(found);
            ProseWords.Scan(text, ref sink, scratch);
            var expected = Show(text, ProseWords.Of(text));
            Assert.True(expected == Show(text, found.Select(w => new TextRange(w.Start, w.Length))),
                $"{Escaped(text)}\nexpected {expected}");
            var linked = Core.Markup.MarkupRanges.HiddenRanges(text).Length > 0;
            foreach (var (start, length, plain) in found)
            {
                var isPlain = text.AsSpan(start, length).IndexOfAnyExcept(PlainCharacters) < 0;
                Assert.True(plain == (isPlain && !linked), $"{Escaped(text)}: {text.Substring(start, length)}");
            }
        }
    }

    [Fact]
    public void Counting_as_the_scan_finds_gives_the_count_of_the_words_found()
    {
        var scratch = new List<TextRange>();
        foreach (var text in Texts())
        {
            var counted = new WordTable<int>();
            var sink = new ScanSink<TableSink>(new TableSink(counted));
            ProseWords.Scan(text, ref sink, scratch);
            var expected = new WordTable<int>();
            WordFrequencies.CountInto(expected, text, ProseWords.Of(text).ToArray());
            Assert.True(Entries(expected) == Entries(counted),
                $"{Escaped(text)}\nexpected {Entries(expected)}\ncounted  {Entries(counted)}");
        }
    }

    [Fact]
    public void A_leaflets_counts_without_sharing_are_its_counts_with_sharing()
    {
        var (alone, shared) = (new LeafletWordCounts(), new LeafletWordCounts());
        var scratch = new ProseScratch();
        foreach (var leaflet in Leaflets())
        {
            WordFrequencies.CountLeafletWithoutSharing(alone, leaflet, scratch);
            WordFrequencies.CountLeaflet(shared, LeafletProse.Of(leaflet));
            Assert.Equal(Entries(shared), Entries(alone));
        }
    }

    [Fact]
    public void The_made_up_texts_reach_every_path_of_the_scan()
    {
        var texts = MadeUp().ToList();

        // Chunks of more words than the scan holds, addresses among them, words over the longest counted, links.
        Assert.Contains(texts, t => t.Contains("a/b/c/d/e/f/g/h/i/j", StringComparison.Ordinal));
        Assert.Contains(texts,
            t => ProseWords.Of(t).Count < ProseWords.Of(t.Replace('.', ' ')).Count);
        Assert.Contains(texts, t => ProseWords.Of(t).Any(w => w.Length > WordFrequencies.MaxUnitLength));
        Assert.Contains(texts, t => t.Contains("](", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Texts() =>
        Leaflets().SelectMany(l => LeafletProse.Of(l).Texts.Select(t => t.Value))
            .Concat(Vocabularies()).Concat(Documents()).Concat(MadeUp());

    private static IEnumerable<Model.Leaflet> Leaflets() =>
        new[] { Repository.Path("leaflets"), Repository.Path("tests", "Seed", "leaflets") }
            .SelectMany(d => Directory.GetFiles(d, "*.yaml")).Order(StringComparer.Ordinal)
            .Select(f => LeafletLoader.Load(SourceDocument.FromText(f, File.ReadAllText(f))).Leaflet)
            .OfType<Model.Leaflet>();

    /// <summary>The real leaflets' words (their text is not committed), one line of a vocabulary at a time.</summary>
    private static IEnumerable<string> Vocabularies() =>
        new[] { "real-leaflets", "real-leaflets-heldout" }
            .SelectMany(d => Directory.GetFiles(Repository.Path("bench", d), "*.vocab.tsv"))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f).Chunk(40).Select(lines => string.Join(' ',
                lines.Select(l => l.Split('\t')[0]))));

    private static IEnumerable<string> Documents() =>
        Directory.GetFiles(Repository.Path("docs"), "*.md").Append(Repository.Path("README.md"))
            .Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines);

    /// <summary>Text made of pieces that end, join or break words, addresses and links, from one seed.</summary>
    private static IEnumerable<string> MadeUp()
    {
        string[] pieces = ["a", "Z", "you", "'", "\u2019", "-", "\u2010", "\u2011", "\u2013", ".", "@", ":", "/", " ",
            "\t", "\n", "\u00A0", "\u2028", "\u3000", "9", "0", "\u00E9", "\u00C9", "\u00DF", "\u017F", "\u0130",
            "\u0131", "\uFF21", "e\u0301", "\u0903", "\u01C5", "\u0663", "\u2160", "_", ",", ";", "!", "?", "(", ")",
            "[", "]", "<", ">", "\"", "*", "&", "www.", "://", ".uk", ".nhs", "nhs.uk", "'s", "\u2019s", "S", "s",
            "[a](b)", "[x](https://a.org/b_(c))", "https://", "mail@x.org", "co.uk/", "\uD83D\uDE00", "\uD800", "ǆ",
            "a/b/c/d/e/f/g/h/i/j", "x.y.z.a.b.c.d.e.f.g.uk", "long-term", "doctor's", "e.g.", "COVID-19", "9am",
            new string('w', 70), new string('q', 64) + "'s", "Ab" + new string('c', 63)];
        var random = new Random(20);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++) text.Append(pieces[random.Next(pieces.Length)]);
            yield return text.ToString();
        }
    }

    private static readonly System.Buffers.SearchValues<char> PlainCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz'");

    private readonly struct Collect(List<(int Start, int Length, bool Plain)> words) : IProseWordSink
    {
        public void Add(string text, int start, int length, bool plain) => words.Add((start, length, plain));
    }

    private static string Show(string text, IEnumerable<TextRange> words) =>
        string.Join('|', words.Select(w => $"{w.Start}:{text.Substring(w.Start, w.Length)}"));

    private static string Entries(WordTable<int> table) =>
        string.Join('|', Enumerable.Range(0, table.Count).Select(i => $"{table.KeyAt(i)}={table.ValueAt(i)}"));

    private static string Entries(LeafletWordCounts counts) =>
        string.Join('|', Enumerable.Range(0, counts.Count).Select(i => $"{counts.KeyAt(i)}={counts.ValueAt(i)}"));

    private static string Escaped(string text) =>
        string.Concat(text.Select(c => c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}"));
}
