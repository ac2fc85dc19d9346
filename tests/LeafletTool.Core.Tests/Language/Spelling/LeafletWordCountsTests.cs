using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Spelling;

/// <summary>A worker's table of one leaflet's word counts: each leaflet reads as if counted in a new table, though the
/// words met before stay in it with their entries.</summary>
public class LeafletWordCountsTests
{
    [Fact]
    public void Each_leaflet_reads_as_a_new_table_in_the_order_words_were_first_used()
    {
        var counts = new LeafletWordCounts();
        counts.Start();
        foreach (var word in new[] { "pain", "the", "pain", "stoma" }) counts.Add(word);
        var painEntry = counts.IdAt(0);

        counts.Start();
        foreach (var word in new[] { "stoma", "clean", "stoma" }) counts.Add(word);

        Assert.Equal([("stoma", 2), ("clean", 1)], Entries(counts));
        Assert.Equal(0, counts["pain"]);
        Assert.Equal(2, counts["stoma"]);
        Assert.Equal(0, counts["cryotherapy"]);
        Assert.Equal(painEntry, counts.EntryOf("pain"));
        Assert.Equal("pain", counts.WordOf(painEntry));
        Assert.Equal(4, counts.Entries);
    }

    [Fact]
    public void Past_its_limit_the_table_is_emptied_at_the_next_leaflet_and_still_counts_right()
    {
        var counts = new LeafletWordCounts(maxWords: 3);
        counts.Start();
        foreach (var word in new[] { "a", "b", "c", "d", "a" }) counts.Add(word);
        Assert.Equal(4, counts.Entries);

        counts.Start();
        counts.Add("d");

        Assert.Equal(1, counts.Entries);
        Assert.Equal([("d", 1)], Entries(counts));
        Assert.Equal(0, counts["a"]);
    }

    [Fact]
    public void Many_leaflets_counted_in_one_table_have_the_counts_of_a_new_table_each()
    {
        var reused = new LeafletWordCounts(maxWords: 50);
        for (var n = 0; n < 40; n++)
        {
            var words = string.Join(' ', Enumerable.Range(0, 30).Select(i => $"w{(i * n) % 17}x{i % (n + 1)}"));
            var leaflet = TestLeaflet.Load(TestLeaflet.WithParagraph("- " + words.Replace('0', 'o')
                .Replace('1', 'l').Replace('2', 'z').Replace('3', 'e').Replace('4', 'a').Replace('5', 's')
                .Replace('6', 'g').Replace('7', 't').Replace('8', 'b').Replace('9', 'q')));
            var fresh = new WordTable<int>();

            WordFrequencies.CountLeaflet(reused, LeafletProse.Of(leaflet));
            WordFrequencies.CountLeaflet(fresh, LeafletProse.Of(leaflet));

            Assert.Equal(Enumerable.Range(0, fresh.Count).Select(i => (fresh.KeyAt(i), fresh.ValueAt(i))),
                Entries(reused));
        }
    }

    private static IEnumerable<(string, int)> Entries(LeafletWordCounts counts) =>
        Enumerable.Range(0, counts.Count).Select(i => (counts.KeyAt(i), counts.ValueAt(i))).ToList();
}
