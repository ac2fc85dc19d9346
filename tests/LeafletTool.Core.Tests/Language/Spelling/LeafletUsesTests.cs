using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Language.Spelling;

namespace LeafletTool.Core.Tests.Language.Spelling;

/// <summary>A leaflet's word uses counted only as far as the near-miss search needs: every word that may be near the
/// word searched has its whole count, whatever was asked before.</summary>
public class LeafletUsesTests
{
    private const string Paragraph = "- The clinician's clinic. Clinicians and a clinican see the CLINICIAN. "
        + "The clinic\u2019s self-care clinic-based care cares for carers. Clinic, clinic, clinicks and a "
        + "supercalifragilisticexpialidocious-supercalifragilisticexpialidocious-word word; words worded.";

    [Theory]
    [InlineData("clinican", 1)]
    [InlineData("clinican", 2)]
    [InlineData("clinick", 1)]
    [InlineData("care", 1)]
    [InlineData("wordz", 1)]
    [InlineData("unused", 2)]
    public void Every_word_that_may_be_near_has_the_count_the_whole_leaflet_gives(string word, int limit)
    {
        var prose = LeafletProse.Of(TestLeaflet.Load(TestLeaflet.WithParagraph(Paragraph)));
        var whole = new LeafletWordCounts();
        WordFrequencies.CountLeaflet(whole, prose);
        var expected = Enumerable.Range(0, whole.Count)
            .Select(i => (Word: whole.KeyAt(i), Uses: whole.ValueAt(i)))
            .Where(c => MayBeNear(word, c.Word, limit))
            .ToList();
        Assert.Contains(expected, e => e.Word != word);

        var near = new LeafletUses(prose, new LeafletWordCounts()).Near(word, limit);

        foreach (var (candidate, uses) in expected) Assert.Equal(uses, near[candidate]);
        Assert.Equal(whole[word], near[word]);
    }

    [Theory]
    [InlineData("clinican", 2)]
    [InlineData("clinick", 1)]
    [InlineData("wordz", 1)]
    [InlineData("care", 1)]
    public void Searches_prepared_together_read_the_counts_each_search_alone_reads(string word, int limit)
    {
        var prose = LeafletProse.Of(TestLeaflet.Load(TestLeaflet.WithParagraph(Paragraph)));
        var alone = new LeafletUses(prose, new LeafletWordCounts()).Near(word, limit);
        var expected = Enumerable.Range(0, alone.Count).Select(i => (alone.KeyAt(i), alone.ValueAt(i))).ToList();
        var together = new LeafletUses(prose, new LeafletWordCounts());
        together.Prepare(new HashSet<string> { "clinican", "clinick", "wordz", "care" });

        var near = together.Near(word, limit);

        foreach (var (candidate, uses) in expected) Assert.Equal(uses, near[candidate]);
        Assert.True(near.Count > expected.Count, "the prepared counts serve the other searches too");
    }

    [Fact]
    public void A_search_not_prepared_counts_anew_and_the_prepared_ones_count_again_after_it()
    {
        var prose = LeafletProse.Of(TestLeaflet.Load(TestLeaflet.WithParagraph(Paragraph)));
        var uses = new LeafletUses(prose, new LeafletWordCounts());
        uses.Prepare(new HashSet<string> { "clinick", "wordz" });

        Assert.Equal(Alone(prose, "wordz", "words"), uses.Near("wordz", 1)["words"]);
        Assert.Equal(Alone(prose, "cares", "care"), uses.Near("cares", 1)["care"]);
        Assert.Equal(0, uses.Near("cares", 1)["words"]);
        Assert.Equal(Alone(prose, "wordz", "words"), uses.Near("wordz", 1)["words"]);
        Assert.Equal(Alone(prose, "clinick", "clinic"), uses.Near("clinick", 1)["clinic"]);
        Assert.True(Alone(prose, "clinick", "clinic") > 1);
    }

    private static int Alone(LeafletProse prose, string word, string candidate) =>
        new LeafletUses(prose, new LeafletWordCounts()).Near(word, 1)[candidate];

    [Fact]
    public void A_question_about_any_word_counts_the_whole_leaflet_and_later_searches_read_it()
    {
        var prose = LeafletProse.Of(TestLeaflet.Load(TestLeaflet.WithParagraph(Paragraph)));
        var uses = new LeafletUses(prose, new LeafletWordCounts());

        Assert.Equal(5, uses.Near("clinick", 1)["clinic"]);
        Assert.Equal(0, uses.Near("clinick", 1)["the"]);
        Assert.Equal(3, uses.Of("the"));
        Assert.Equal(1, uses.Of("clinican"));
        Assert.Equal(3, uses.Near("clinick", 1)["the"]);
        Assert.Equal(5, uses.Of("clinic"));
    }

    private static bool MayBeNear(string word, string candidate, int limit) =>
        Math.Abs(candidate.Length - word.Length) <= limit
        && System.Numerics.BitOperations.PopCount(SuggestionIndex.MaskOf(candidate) ^ SuggestionIndex.MaskOf(word))
        <= 2 * limit;
}
