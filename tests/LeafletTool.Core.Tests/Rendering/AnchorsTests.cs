using System.Text;
using LeafletTool.Core.Rendering.View;

namespace LeafletTool.Core.Tests.Rendering;

public class AnchorsTests
{
    [Theory]
    [InlineData("Risks of cryotherapy", "risks-of-cryotherapy")]
    [InlineData("  What is it? (and why)  ", "what-is-it-and-why")]
    [InlineData("\u212Aelvin \u0130stanbul",
        "kelvin-stanbul")] // the Kelvin sign lower-cases to an ASCII k; a dotted capital I does not lower-case to i
    [InlineData("Café – naïve 😀 end", "caf-na-ve-end")]
    [InlineData("日本語", "section-1")]
    public void An_anchor_is_the_headings_latin_letters_and_digits_joined_by_hyphens(string heading, string anchor) =>
        Assert.Equal(anchor, new Anchors().For(heading, 1));

    [Fact]
    public void An_anchor_stops_at_sixty_characters()
    {
        var anchor = new Anchors().For(string.Join(' ', Enumerable.Repeat("word", 30)), 1);
        Assert.Equal(60, anchor.Length + 1); // the 60th character was a hyphen, trimmed
        Assert.StartsWith("word-word-", anchor, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_are_what_lower_casing_the_whole_heading_then_keeping_letters_and_digits_gives()
    {
        var random = new Random(20261124);
        const string pool = "aZ09 -–_.İı\u212AßÉé😀日\t";
        for (var i = 0; i < 2000; i++)
        {
            var heading = new string(Enumerable.Range(0, random.Next(0, 90)).Select(_ => pool[random.Next(pool.Length)])
                .ToArray());
            var expected = Reference(heading);
            Assert.Equal(expected.Length == 0 ? "section-7" : expected, new Anchors().For(heading, 7));
        }
    }

    /// <summary>How anchors were first made: the whole heading lower-cased, then a builder.</summary>
    private static string Reference(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
            if (builder.Length >= 60) break;
        }

        return builder.ToString().Trim('-');
    }
}
