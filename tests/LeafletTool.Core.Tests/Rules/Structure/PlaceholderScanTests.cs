using System.Buffers;
using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

/// <summary>The scan that lets most values skip the placeholder expression passes every value the search it replaced
/// passed (a <c>SearchValues</c> of the words, any case, and the brackets), at every place in values of every length
/// around its 8-character steps, and passes over prose with none.</summary>
public class PlaceholderScanTests
{
    private static readonly SearchValues<string> Words =
        SearchValues.Create(["todo", "fixme", "tbc", "tba", "tbd", "xxx", "lorem"], StringComparison.OrdinalIgnoreCase);

    private static bool OldSearch(string text) =>
        text.AsSpan().IndexOfAny('[', '<', '{') >= 0 || text.AsSpan().IndexOfAny(Words) >= 0;

    [Theory]
    [InlineData("TODO")]
    [InlineData("tOdO")]
    [InlineData("FixMe")]
    [InlineData("tbc")]
    [InlineData("TBA")]
    [InlineData("Tbd")]
    [InlineData("xXx")]
    [InlineData("LOREM")]
    [InlineData("[")]
    [InlineData("<")]
    [InlineData("{")]
    [InlineData("f\u0131xme")]
    [InlineData("F\u0130XME")]
    public void Every_word_at_every_place_is_passed(string found)
    {
        for (var length = found.Length; length <= 40; length++)
        {
            for (var at = 0; at + found.Length <= length; at++)
            {
                var text = new string('a', at) + found + new string('e', length - at - found.Length);
                Assert.True(OldSearch(text) || found.Contains('\u0131') || found.Contains('\u0130'));
                Assert.True(PlaceholderScan.MayHavePlaceholder(text), text);
            }
        }
    }

    [Theory]
    [InlineData("Today you can fix the tube at the clinic; the lorry will take the box to the local office.")]
    [InlineData("Tod, fix, tb, xx and lor are not placeholders: todd fixes xxl lory.")]
    [InlineData("")]
    [InlineData("to do")]
    [InlineData("Caf\u00e9 \u2019s \u201cquoted\u201d \u2013 text with \u0174elsh letters, \u0154 and \u0174.")]
    public void Prose_without_one_is_passed_over_as_before(string text)
    {
        Assert.False(OldSearch(text));
        Assert.False(PlaceholderScan.MayHavePlaceholder(text));
    }

    [Fact]
    public void Real_values_get_the_answer_the_old_search_gave_or_a_dotted_i()
    {
        var random = new Random(20);
        const string letters = "tTodDfFiIxXmMeEbBcCaAlLrR [<{}.,-\u2019\u0130\u0131\u0154\u0174";
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var i = 0; i < chars.Length; i++) chars[i] = letters[random.Next(letters.Length)];
            var text = new string(chars);
            var dotted = text.Contains('\u0130') || text.Contains('\u0131');
            Assert.Equal(OldSearch(text) || dotted, PlaceholderScan.MayHavePlaceholder(text));
        }
    }
}
