using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

/// <summary>The hidden-characters rule's first look (a scan for anything but printable ASCII) says what a search of
/// its candidates says.</summary>
public class HiddenCandidateScanTests
{
    [Fact]
    public void No_candidate_is_printable_ascii_so_the_scan_cannot_pass_one_over()
    {
        for (var c = ' '; c <= '~'; c++) Assert.False(HiddenCharactersRule.IsCandidate(c), $"U+{(int)c:X4}");
    }

    [Fact]
    public void The_scan_agrees_with_a_search_of_every_candidate_on_random_text()
    {
        // Printable ASCII mostly, with line breaks, tabs, typographic characters, and now and then a candidate.
        var pool = "abcdefghij klmnop.,'\"-\n\r\t\u2019\u2013\u00e9\u00a0\u00ad\u200b\u202e\u0007\u007f\u0085\ufeff";
        var random = new Random(20261206);
        for (var i = 0; i < 20_000; i++)
        {
            var text = new char[random.Next(0, 120)];
            for (var j = 0; j < text.Length; j++)
            {
                text[j] = random.Next(8) == 0 ? pool[random.Next(pool.Length)] : (char)random.Next(' ', '~' + 1);
            }

            var expected = false;
            foreach (var c in text) expected |= HiddenCharactersRule.IsCandidate(c);
            Assert.Equal(expected, HiddenCharactersRule.HasCandidate(text));
        }
    }

    [Theory]
    [InlineData("", false)]
    [InlineData("Plain text.\nOn two lines.\r\n\tTabbed \u2018quoted\u2019 \u2013 dashed", false)]
    [InlineData("hos\u00a0pital", true)]
    [InlineData("end\u200b", true)]
    [InlineData("\u0085 next line is a YAML break, not a control", false)]
    public void Examples(string text, bool expected) =>
        Assert.Equal(expected, HiddenCharactersRule.HasCandidate(text));
}
