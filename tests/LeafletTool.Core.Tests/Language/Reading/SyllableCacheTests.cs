using LeafletTool.Core.Language.Reading;

namespace LeafletTool.Core.Tests.Language.Reading;

/// <summary>
/// The shared syllable cache keeps words, not numbers: a library's titles number every leaflet ("Angioplasty (17)"),
/// and 100,000 leaflets kept 100,000 numbers in it for the whole build.
/// </summary>
public class SyllableCacheTests
{
    [Theory]
    [InlineData("90817", 0)]
    [InlineData("(90818)", 0)]
    [InlineData("90819mg", 1)]
    [InlineData("covid-90820", 2)]
    public void A_word_with_a_digit_is_counted_each_time_and_not_kept(string word, int expected)
    {
        Assert.Equal(expected, Syllables.Count(word));
        Assert.Equal(expected, Syllables.Count(word));
        Assert.False(Syllables.IsCached(word));
    }

    [Fact]
    public void A_word_of_letters_is_kept_once_counted()
    {
        const string word = "thermocoagulation";
        Assert.Equal(Syllables.Count(word), Syllables.Count(word));
        Assert.True(Syllables.IsCached(word));
    }
}
