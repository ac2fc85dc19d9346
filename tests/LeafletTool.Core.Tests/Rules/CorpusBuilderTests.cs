using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;
using LeafletTool.Core.Rules;

namespace LeafletTool.Core.Tests.Rules;

/// <summary>A corpus gathered a leaflet at a time, in parts, holds the same facts as one built from every leaflet at
/// once.</summary>
public class CorpusBuilderTests
{
    private static readonly (string Name, string Number, string Paragraph)[] Leaflets =
    [
        ("leaflets/c.yaml", "7/VER1", "- Check the stoma daily."),
        ("leaflets/a.yaml", "7/ver1", "- Empty the stoma bag. Clean the well-fitted stoma."),
        ("leaflets/b.yaml", "8/VER1", "- Rest well."),
    ];

    [Fact]
    public void Parts_merged_in_any_order_give_the_same_resource_numbers_and_word_counts_as_all_at_once()
    {
        var loaded = Leaflets.Select(
            l => TestLeaflet.Load(
            TestLeaflet.With(TestLeaflet.WithParagraph(l.Paragraph), "resource_number:",
            "resource_number: " + l.Number), l.Name)).ToList();
        var whole = Corpus.Build(loaded);

        var builder = new CorpusBuilder(countWords: true);
        var (one, two) = (builder.NewPart(), builder.NewPart());
        one.Add(loaded[2]);
        two.Add(loaded[0]);
        two.Add(loaded[1]);
        builder.Merge(two);
        builder.Merge(one);
        var parted = builder.Build();

        Assert.Equal(3, parted.Count);
        Assert.Equal(["leaflets/a.yaml", "leaflets/c.yaml"], parted.FilesSharingResourceNumber(" 7/Ver1"));
        Assert.Equal(whole.FilesSharingResourceNumber("7/VER1"), parted.FilesSharingResourceNumber("7/VER1"));
        Assert.Empty(parted.FilesSharingResourceNumber("8/VER1")); // one leaflet's own number is not kept
        Assert.Empty(parted.FilesSharingResourceNumber("9/VER1"));
        Assert.Equal(whole.Words.Counts.OrderBy(c => c.Key, StringComparer.Ordinal),
            parted.Words.Counts.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(3, parted.Words["stoma"]);
        Assert.Equal(1, parted.Words["fitted"]);
    }

    [Fact]
    public void A_corpus_gathered_without_word_counts_refuses_to_give_them()
    {
        var builder = new CorpusBuilder(countWords: false);
        var part = builder.NewPart();
        part.Add(TestLeaflet.Load(TestLeaflet.Minimal));
        builder.Merge(part);
        var corpus = builder.Build();

        Assert.Equal(1, corpus.Count);
        Assert.Throws<InvalidOperationException>(() => corpus.Words);
    }

    [Fact]
    public void One_leaflets_words_are_counted_into_the_dictionary_given()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["stoma"] = 5 };

        WordFrequencies.CountLeaflet(counts, TestLeaflet.Load(TestLeaflet.WithParagraph("- Clean the stoma.")));

        Assert.Equal(6, counts["stoma"]);
        Assert.Equal(1, counts["clean"]);
        Assert.False(counts.ContainsKey("cryotherapy"), "the title and headings are not running text");
    }

    [Fact]
    public void A_leaflet_counted_for_the_corpus_alone_has_the_counts_of_the_shared_analysis()
    {
        var leaflet = TestLeaflet.Load(TestLeaflet.WithParagraph(
            "- Don't re-use the nurse's [care guide](https://example.nhs.uk/care-guide) or NHS-approved café. Café, "
            + "CAFÉ! See www.nhs.uk at 9am, the the end."));
        var shared = new WordTable<int>();
        var alone = new WordTable<int>();

        WordFrequencies.CountLeaflet(shared, LeafletProse.Of(leaflet));
        WordFrequencies.CountLeafletWithoutSharing(alone, leaflet, new ProseScratch());

        Assert.Equal(Entries(shared), Entries(alone));
        Assert.Equal(3, alone["café"]);
        Assert.Equal(1, alone["guide"]);
    }

    private static IEnumerable<(string, int)> Entries(WordTable<int> table) =>
        Enumerable.Range(0, table.Count).Select(i => (table.KeyAt(i), table.ValueAt(i)));

    [Fact]
    public void The_corpus_lets_its_builder_go_with_every_number_only_one_leaflet_has()
    {
        var (corpus, builder) = Gathered();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(builder.IsAlive, "the corpus keeps its builder, and every leaflet's resource number with it");
        Assert.Equal(3, corpus.Words["stoma"]);
        Assert.Equal(2, corpus.FilesSharingResourceNumber("7/VER1").Count);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static (Corpus Corpus, WeakReference Builder) Gathered()
    {
        var builder = new CorpusBuilder(countWords: true);
        var part = builder.NewPart();
        foreach (var (name, number, paragraph) in Leaflets)
        {
            part.Add(TestLeaflet.Load(TestLeaflet.With(TestLeaflet.WithParagraph(paragraph), "resource_number:",
                "resource_number: " + number), name));
        }

        builder.Merge(part);
        return (builder.Build(), new WeakReference(builder));
    }
}
