using LeafletTool.Core.Rendering.PlainText;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// A line wrapped the direct way (each wrapped line a piece of the line) is wrapped exactly as word by word: compared
/// on many made-up lines with list markers, indents, double spaces, long words, addresses and accents.
/// </summary>
public class TextWrapperDirectTests
{
    private static readonly string[] Prefixes = ["", "- ", "1. ", "12) ", "  - ", "   ", "• ", "-  ", " "];

    private static readonly string[] Words =
    [
        "a", "the", "procedure", "you", "will", "be", "taken", "recovery", "nursing", "staff.", "(www.nhs.uk)",
        "https://www.example.nhs.uk/a/very/long/address/that/does/not/fit/on/one/line/at/all/anywhere",
        "supercalifragilisticexpialidocious-and-then-some-more-letters-to-pass-eighty-characters-wide",
        "café", "e\u0301te\u0301", "020", "7188", "4714", "-", "1.",
    ];

    [Fact]
    public void Direct_and_word_by_word_wrapping_give_the_same_lines()
    {
        var random = new Random(20);
        for (var n = 0; n < 4000; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Words[random.Next(Words.Length)]);
            var separator = random.Next(8) == 0 ? "  " : " ";
            var line = Prefixes[random.Next(Prefixes.Length)] + string.Join(separator, words);
            if (random.Next(10) == 0) line = line.Replace("café", "cafe", StringComparison.Ordinal);
            foreach (var width in new[] { 80, 40, 12 })
            {
                Assert.Equal(TextWrapper.Wrap(line, width, direct: false), TextWrapper.Wrap(line, width, direct: true));
            }
        }
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("")]
    public void A_long_plain_line_is_wrapped_the_same_both_ways(string prefix)
    {
        var line = prefix + string.Join(' ', Enumerable.Repeat("After the procedure you will be taken home.", 9));
        var direct = TextWrapper.Wrap(line, 80, direct: true);
        Assert.Equal(TextWrapper.Wrap(line, 80, direct: false), direct);
        Assert.True(direct.Count > 3);
    }
}
