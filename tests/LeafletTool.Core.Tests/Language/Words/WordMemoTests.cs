using LeafletTool.Core.Language.Words;

namespace LeafletTool.Core.Tests.Language.Words;

public class WordMemoTests
{
    [Fact]
    public void A_word_is_looked_up_once_then_answered_from_the_memo_until_the_limit_empties_it()
    {
        var memo = new WordMemo<int>();
        var lookUps = 0;
        int Find(ReadOnlySpan<char> word)
        {
            lookUps++;
            return word.Length;
        }

        Assert.Equal(5, memo.Get("nurse", Find));
        Assert.Equal(5, memo.Get("nurse".AsSpan(), Find));
        Assert.Equal(1, lookUps);

        for (var i = 0; i < WordMemo<int>.Limit; i++) memo.Get($"w{i}", Find);
        Assert.Equal(5, memo.Get("nurse", Find));
        Assert.Equal(WordMemo<int>.Limit + 2, lookUps);
    }

    [Fact]
    public void The_words_met_lately_are_answered_as_the_look_up_answers_them()
    {
        // Few letters, so that words share their first and last characters and places among the recent words.
        var memo = new WordMemo<string>();
        var random = new Random(23);
        var letters = "ab\u2019c-\u00E9";
        for (var n = 0; n < 200_000; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(0, 12))
                .Select(_ => letters[random.Next(letters.Length)]).ToArray());
            var padded = "x" + word + "y";
            Assert.Equal("<" + word + ">", memo.Get(padded.AsSpan(1, word.Length), w => "<" + w.ToString() + ">"));
        }
    }
}
