using LeafletTool.Core.Language.Spelling;
using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Spelling;

public class NearMissIndexTests
{
    [Fact]
    public void It_finds_exactly_the_words_a_full_comparison_finds()
    {
        var random = new Random(7);
        var words = Enumerable.Range(0, 3000).Select(_ => Word(random, random.Next(3, 12))).Distinct().ToList();
        var index = new NearMissIndex(words);
        var queries = words.Take(300).Select(w => Mutate(random, w)).Concat(words.Skip(300).Take(100)).ToList();

        foreach (var query in queries)
        {
            var limit = query.Length >= 8 ? 2 : 1;
            var expected = words.Where(w => w != query && EditDistance.Bounded(query, w, limit) <= limit)
                .Order(StringComparer.Ordinal);

            Assert.Equal(expected, index.Near(query, limit).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("cyrotherapy", "cryotherapy")]
    [InlineData("cryotherpy", "cryotherapy")]
    [InlineData("cryotheraphy", "cryotherapy")]
    [InlineData("cyrotherpy", "cryotherapy")]
    public void A_swap_counts_as_one_slip(string query, string expected) =>
        Assert.Equal([expected], new NearMissIndex(["cryotherapy", "therapy", "cry"]).Near(query, 2));

    [Theory]
    [InlineData("nerve", "nerves", true)]
    [InlineData("procedure", "procedures", true)]
    [InlineData("therapy", "therapies", true)]
    [InlineData("freeze", "freezing", true)]
    [InlineData("stop", "stopped", true)]
    [InlineData("treat", "treated", true)]
    [InlineData("doctor", "doctor's", true)]
    [InlineData("cryotherapy", "cyrotherapy", false)]
    [InlineData("form", "from", false)]
    [InlineData("stoma", "stomas", true)]
    public void Inflections_are_recognised(string a, string b, bool related)
    {
        Assert.Equal(related, Inflections.Related(a, b));
        Assert.Equal(related, Inflections.Related(b, a));
    }

    private static string Word(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(6))).ToArray());

    private static string Mutate(Random random, string word)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 3); edits > 0 && chars.Count > 1; edits--)
        {
            var at = random.Next(chars.Count - 1);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, (char)('a' + random.Next(6))); break;
                case 2: chars[at] = (char)('a' + random.Next(6)); break;
                default: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
            }
        }

        return new string(chars.ToArray());
    }
}
