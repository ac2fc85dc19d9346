using LeafletTool.Core.Config;

namespace LeafletTool.Core.Tests.Config;

public class TrustPatternTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(100);

    [Theory]
    [InlineData(@"^\d{4}/VER\d+$", "5373/VER1", true)]
    [InlineData(@"^\d{4}/VER\d+$", "5373/ver1", false)]
    [InlineData(@"^PIL-(?<version>\d+)$", "PIL-12", true)]
    public void It_matches_as_the_usual_engine_does(string pattern, string text, bool expected)
    {
        var trust = TrustPattern.TryCreate(pattern, Limit)!;
        Assert.Equal(expected, trust.IsMatch(text));
        Assert.Equal(expected, trust.Match(text)!.Success);
    }

    [Fact]
    public void Past_the_time_limit_the_non_backtracking_engine_answers_with_the_same_groups()
    {
        var trust = TrustPattern.TryCreate(@"^(?<version>a+)+$", Limit)!;
        Assert.False(trust.IsMatch(new string('a', 40) + "!"));
        Assert.False(trust.Match(new string('a', 40) + "!")!.Success);
        var match = trust.Match(new string('a', 40))!;
        Assert.True(match.Success);
        Assert.Equal(40, match.Length);
    }

    [Fact]
    public void A_pattern_only_backtracking_can_run_is_undecided_past_the_limit_and_not_a_pattern_is_null()
    {
        var trust = TrustPattern.TryCreate(@"^(a+)+\1$", Limit)!;
        Assert.Null(trust.IsMatch(new string('a', 40) + "!"));
        Assert.Null(trust.Match(new string('a', 40) + "!"));
        Assert.Equal(true, trust.IsMatch("aa"));
        Assert.Null(TrustPattern.TryCreate("([", Limit));
    }
}
