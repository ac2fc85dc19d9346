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
}
