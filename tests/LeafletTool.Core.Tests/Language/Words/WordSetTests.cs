using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Words;

/// <summary>A word set finds its words by span with the case rules of the spelling check, however it was
/// built.</summary>
public class WordSetTests
{
    public static TheoryData<string> Builds => new() { "strings", "lines", "utf8" };

    private static WordSet Build(string how, params string[] words)
    {
        if (how == "strings") return new WordSet(words);
        if (how == "utf8")
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join("\n", words));
            return WordSet.FromUtf8Lines(bytes, bytes.Length);
        }

        var text = string.Join("\n", words).ToCharArray();
        return WordSet.FromLines(text, text.Length);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void A_listed_word_is_found_and_an_unlisted_one_is_not(string how)
    {
        var set = Build(how, "pain", "London", "NHS", "iPad");

        Assert.True(set.Contains("pain"));
        Assert.True(set.Contains("Pain"));
        Assert.True(set.Contains("PAIN"));
        Assert.True(set.Contains("London"));
        Assert.True(set.Contains("LONDON"));
        Assert.False(set.Contains("london"));
        Assert.True(set.Contains("iPad"));
        Assert.False(set.Contains("Ipad"));
        Assert.False(set.Contains("IPAD"));
        Assert.False(set.Contains("pains"));
        Assert.False(set.Contains("pai"));
        Assert.False(set.Contains("nhs"));
        Assert.False(set.Contains(""));
        Assert.False(set.ContainsExactly(""));
        Assert.True(set.ContainsExactly("pain"));
        Assert.False(set.ContainsExactly("Pain"));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Words_are_trimmed_kept_once_with_straight_apostrophes_in_the_order_first_listed(string how)
    {
        var set = Build(how, " doctor\u2019s ", "", "  ", "nurse", "doctor's", "nurse\t", "Nurse");

        Assert.Equal(["doctor's", "nurse", "Nurse"], set.Words);
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains("doctor's"));
        Assert.False(set.Contains("doctor\u2019s"));
        Assert.False(set.Contains(" nurse"));
    }

    [Fact]
    public void Lines_may_end_in_any_of_the_three_ways()
    {
        var text = "one\r\ntwo\rthree\n\nfour\n".ToCharArray();

        var set = WordSet.FromLines(text, text.Length);

        Assert.Equal(["one", "two", "three", "four"], set.Words);
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Long_words_and_words_of_any_alphabet_are_told_apart(string how)
    {
        var longWord = new string('a', 300);
        var set = Build(how, longWord, "Ångström", "café", "ab", "ba");

        Assert.True(set.Contains(longWord));
        Assert.True(set.Contains(longWord.ToUpperInvariant()));
        Assert.False(set.Contains(longWord.AsSpan(0, 299)));
        Assert.False(set.Contains(longWord + "a"));
        Assert.True(set.Contains("ÅNGSTRÖM"));
        Assert.True(set.Contains("Café"));
        Assert.False(set.Contains("cafe"));
        Assert.True(set.Contains("ba"));
        Assert.False(set.Contains("aa"));
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void Many_words_are_all_found_as_the_set_grows(string how)
    {
        var words = Enumerable.Range(0, 20_000)
            .Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var set = Build(how, words);

        Assert.Equal(words.Length, set.Count);
        Assert.Equal(words, set.Words);
        Assert.All(words, w => Assert.True(set.ContainsExactly(w)));
        Assert.False(set.ContainsExactly("w20000"));
        Assert.False(set.ContainsExactly("w"));
    }

    [Theory]
    [InlineData("pain\nLondon\n\nAsunci\u00f3n\n", true)]
    [InlineData("pain\r\nLondon", false)]
    [InlineData("pain \nLondon", false)]
    [InlineData("pain\n\u00a0London", false)]
    [InlineData("doctor\u2019s", false)]
    [InlineData("\ufeffpain", false)]
    public void A_utf8_list_is_kept_as_it_is_only_when_no_line_needs_tidying(string list, bool kept)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(list);

        Assert.Equal(kept, Utf8Words.TryFromLines(bytes, bytes.Length) is not null);
        Assert.Contains(WordSet.FromUtf8Lines(bytes, bytes.Length).Words, w => w is "pain" or "doctor's");
    }

    [Theory]
    [MemberData(nameof(Builds))]
    public void A_word_with_a_lone_surrogate_is_not_found(string how)
    {
        var set = Build(how, "pain", "pai\ufffd");

        Assert.False(set.Contains("pai\ud800"));
        Assert.True(set.Contains("pai\ufffd"));
    }

    [Fact]
    public void The_empty_set_has_nothing()
    {
        Assert.Equal(0, WordSet.Empty.Count);
        Assert.Empty(WordSet.Empty.Words);
        Assert.False(WordSet.Empty.Contains("a"));
        Assert.False(WordSet.Empty.Contains(""));
    }

    [Fact]
    public void The_dictionary_has_what_its_list_has()
    {
        var words = EnglishDictionary.Words;

        Assert.True(words.Contains("haemorrhage"));
        Assert.True(words.Contains("doctor's"));
        Assert.True(words.Contains("Asunción"));
        Assert.True(words.Contains("LONDON"));
        Assert.False(words.Contains("london"));
        Assert.False(words.Contains("cyrotherapy"));
        Assert.Equal(words.Count, words.Words.Count());
        Assert.Equal(words.Count, words.Words.Distinct(StringComparer.Ordinal).Count());
    }
}
