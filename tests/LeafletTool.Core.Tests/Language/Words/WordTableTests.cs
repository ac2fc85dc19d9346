using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Words;

/// <summary>The word table counts like a dictionary, by span, in the order words were added, and grows as
/// needed.</summary>
public class WordTableTests
{
    [Fact]
    public void A_word_is_added_once_and_changed_in_place()
    {
        var table = new WordTable<int>();

        table.GetValueRefOrAddDefault("pain".AsSpan(), out var existedFirst)++;
        table.GetValueRefOrAddDefault("the pain".AsSpan(4, 4), out var existedThen)++;

        Assert.False(existedFirst);
        Assert.True(existedThen);
        Assert.Equal(1, table.Count);
        Assert.Equal(2, table["pain"]);
    }

    [Fact]
    public void A_word_not_in_the_table_has_the_default_value()
    {
        var table = new WordTable<int>();
        table.GetValueRefOrAddDefault("pain", out _) = 3;

        Assert.Equal(0, table["Pain"]);
        Assert.False(table.TryGetValue("pains", out _));
        Assert.True(table.TryGetValue("pain", out var value));
        Assert.Equal(3, value);
    }

    [Fact]
    public void Many_words_are_kept_in_the_order_added_as_the_table_grows()
    {
        var table = new WordTable<int>(capacity: 2);
        var words = Enumerable.Range(0, 5000)
            .Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();

        foreach (var word in words) table.GetValueRefOrAddDefault(word, out _) = word.Length;
        foreach (var word in words) table.GetValueRefOrAddDefault(word, out _)++;

        Assert.Equal(words.Count, table.Count);
        Assert.Equal(words, Enumerable.Range(0, table.Count).Select(table.KeyAt));
        Assert.All(words, w => Assert.Equal(w.Length + 1, table[w]));
    }

    [Fact]
    public void Words_that_differ_in_one_character_anywhere_are_told_apart_at_every_length()
    {
        for (var length = 0; length <= 20; length++)
        {
            var word = new string(Enumerable.Range(0, length).Select(i => (char)('a' + i)).ToArray());
            Assert.True(WordTable<int>.Same(("x" + word + "y").AsSpan(1, length), new string(word.ToCharArray())));
            Assert.False(WordTable<int>.Same(word + "a", word));
            for (var at = 0; at < length; at++)
            {
                foreach (var replaced in new[] { (char)(word[at] + 1), (char)(word[at] + 0x100) })
                {
                    var other = word.ToCharArray();
                    other[at] = replaced;
                    Assert.False(WordTable<int>.Same(word, new string(other)), $"{word} at {at}");
                }
            }
        }
    }

    [Fact]
    public void Words_of_every_length_and_alphabet_are_told_apart()
    {
        var table = new WordTable<int>();
        string[] words = ["", "a", "ab", "abc", "abcd", "abcde", "abcdefgh", "abcdefghi", "café", "cafe", "naïve",
            "don't", "don’t", "A"];

        for (var i = 0; i < words.Length; i++) table.GetValueRefOrAddDefault(words[i], out _) = i + 1;

        Assert.Equal(words.Length, table.Count);
        for (var i = 0; i < words.Length; i++) Assert.Equal(i + 1, table[words[i]]);
    }

    [Fact]
    public void Clear_empties_the_table_for_use_again()
    {
        var table = new WordTable<int>();
        table.GetValueRefOrAddDefault("pain", out _) = 4;

        table.Clear();
        table.GetValueRefOrAddDefault("ice", out _)++;

        Assert.Equal(1, table.Count);
        Assert.Equal(0, table["pain"]);
        Assert.Equal("ice", table.KeyAt(0));
    }
}
