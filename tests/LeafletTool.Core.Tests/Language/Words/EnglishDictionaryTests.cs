using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Words;

public class EnglishDictionaryTests
{
    [Theory]
    [InlineData("attaches")] // wbritish-large has only "attachés"
    [InlineData("cafes")]
    [InlineData("cliches")]
    [InlineData("creche")]
    [InlineData("fiancee")]
    [InlineData("debridement")]
    [InlineData("Zurich")]
    public void Forms_the_large_list_lacks_come_from_hunspell_en_gb(string word)
    {
        Assert.True(EnglishDictionary.Words.Contains(word));
        Assert.DoesNotContain(word, LargeList());
    }

    [Fact]
    public void The_two_lists_are_one_set_with_both_ends_of_each_list_known()
    {
        var words = EnglishDictionary.Words;

        // the last word of the large list and the first of the extra list meet in the joined buffer
        Assert.True(words.ContainsExactly("zymurgy's"));
        Assert.True(words.ContainsExactly("Angstrom"));
        Assert.True(words.ContainsExactly("voila"));
        Assert.True(words.ContainsExactly("A"));
        Assert.True(words.Contains("attachés"));
    }

    [Theory]
    [InlineData("organize")]
    [InlineData("catheterized")]
    [InlineData("anesthetize")]
    [InlineData("tumor")]
    [InlineData("color")]
    public void American_spellings_with_a_british_twin_stay_unknown(string word)
    {
        Assert.False(EnglishDictionary.Words.Contains(word));
        Assert.NotNull(AmericanSpellings.BritishFormOf(word));
    }

    private static readonly Lazy<HashSet<string>> Large =
        new(() => [.. System.Text.Encoding.UTF8.GetString(WordImageTests.List("british-english-large.txt.gz"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)]);

    private static HashSet<string> LargeList() => Large.Value;
}
