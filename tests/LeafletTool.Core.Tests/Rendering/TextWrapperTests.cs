using LeafletTool.Core.Rendering.PlainText;

namespace LeafletTool.Core.Tests.Rendering;

public class TextWrapperTests
{
    private const string Sentence = "After the procedure you will be taken to a recovery area where nursing staff will "
        + "monitor you.";

    [Fact]
    public void Short_lines_are_kept()
    {
        Assert.Equal("Short line.\n", TextWrapper.Layout("Short line."));
    }

    [Fact]
    public void Long_lines_wrap_at_80_characters_between_words()
    {
        Assert.Equal(
            "After the procedure you will be taken to a recovery area where nursing staff\nwill monitor you.\n",
            TextWrapper.Layout(Sentence));
    }

    [Theory]
    [InlineData("- ", "  ")]
    [InlineData("1. ", "   ")]
    [InlineData("12. ", "    ")]
    [InlineData("  - ", "    ")]
    public void List_items_continue_under_their_text(string marker, string indent)
    {
        var lines = TextWrapper.Layout(marker + Sentence).TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(marker + "After", lines[0], StringComparison.Ordinal);
        Assert.StartsWith(indent + "will", lines[1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.Length <= 80, l));
    }

    [Fact]
    public void A_long_address_is_kept_whole_on_its_own_line()
    {
        var address =
            "(https://www.example.nhs.uk/services/pain-management/cryotherapy/"
            + "what-to-expect-on-the-day-of-your-procedure)";
        var lines = TextWrapper.Layout($"Read more about it at {address}.").TrimEnd('\n').Split('\n');
        Assert.Equal(["Read more about it at", address + "."], lines);
    }

    [Fact]
    public void A_long_word_that_is_not_an_address_is_split()
    {
        var word = new string('x', 100);
        var lines = TextWrapper.Layout("A " + word).TrimEnd('\n').Split('\n');
        Assert.Equal(["A", new string('x', 80), new string('x', 20)], lines);
    }

    [Fact]
    public void An_underline_is_made_as_long_as_its_heading()
    {
        Assert.Equal("Risks of cryotherapy\n====================\n\nText.\n",
            TextWrapper.Layout("Risks of cryotherapy\n===\n\nText."));
        Assert.Equal("Risks\n-----\n", TextWrapper.Layout("Risks\n------------------"));
    }

    [Fact]
    public void The_underline_of_a_wrapped_heading_matches_its_longest_line()
    {
        var lines = TextWrapper.Layout(Sentence + "\n---").TrimEnd('\n').Split('\n');
        Assert.Equal(new string('-', lines[0].Length), lines[2]);
    }

    [Fact]
    public void A_line_of_dashes_without_text_above_it_is_kept_as_written()
    {
        Assert.Equal("Text.\n\n---\n", TextWrapper.Layout("Text.\n\n---"));
    }

    [Fact]
    public void Blank_lines_are_tidied_and_the_text_ends_with_one_newline()
    {
        Assert.Equal("One.\n\nTwo.\n", TextWrapper.Layout("\n\nOne.   \n\n\n\n  \nTwo.\n\n\n"));
    }

    [Fact]
    public void Accented_letters_count_as_one_character()
    {
        var word = "cafe\u0301";
        var line = string.Join(' ', Enumerable.Repeat(word, 16));
        Assert.Equal(line + "\n", TextWrapper.Layout(line));
        Assert.Equal(5 * 16 - 1, TextWrapper.Length(line));
    }
}
