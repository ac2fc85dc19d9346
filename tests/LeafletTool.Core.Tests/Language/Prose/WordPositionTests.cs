using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Language.Prose;

/// <summary>A misspelt word is reported at its own line and column whatever way the YAML value is written.</summary>
public class WordPositionTests
{
    private static readonly SpellingRule Rule = new();

    [Fact]
    public void In_a_folded_block_the_word_on_a_later_line_is_found_there()
    {
        var yaml = LanguageLeaflet.WithBody(
            "      - >-",
            "        Keep the wound clean and dry for",
            "        the first two days. Then rmeove the",
            "        dressing gently.");

        Assert.Equal((11, 34), LanguageLeaflet.Single(Rule, yaml).Position());
    }

    [Fact]
    public void In_a_literal_block_the_word_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody(
            "      - |",
            "        Keep the wound clean.",
            "",
            "        Then rmeove the dressing.");

        Assert.Equal((12, 14), LanguageLeaflet.Single(Rule, yaml).Position());
    }

    [Fact]
    public void In_a_plain_value_over_several_lines_the_word_is_found_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody(
            "      - Keep the wound clean and dry for",
            "        the first two days. Then rmeove the dressing.");

        Assert.Equal((10, 34), LanguageLeaflet.Single(Rule, yaml).Position());
    }

    [Theory]
    [InlineData("      - \"Keep it dry: then rmeove the dressing.\"", 28)]
    [InlineData("      - 'Keep it dry: don''t rmeove the dressing.'", 30)]
    [InlineData("      - \"Keep it dry:\\u0020then rmeove it.\"", 33)]
    public void In_a_quoted_value_the_word_is_found_after_the_quote_and_escapes(string line, int column) =>
        Assert.Equal((9, column), LanguageLeaflet.Single(Rule, LanguageLeaflet.WithBody(line)).Position());

    [Fact]
    public void In_a_list_item_and_a_note_the_word_is_found_there()
    {
        var yaml = LanguageLeaflet.WithBody(
            "      - bullets:",
            "          - Keep it dry.",
            "          - Then rmeove the dressing.",
            "      - note: Do not rmeove the stitches.");

        var findings = LanguageLeaflet.Check(Rule, yaml);

        Assert.Equal([(11, 18), (12, 22)], findings.Select(f => f.Position()));
    }

    [Fact]
    public void With_CRLF_line_endings_the_line_and_column_are_the_same()
    {
        var yaml = LanguageLeaflet.WithBody(
            "      - >-",
            "        Keep the wound clean and dry for",
            "        the first two days. Then rmeove the",
            "        dressing gently.").Replace("\n", "\r\n", StringComparison.Ordinal);

        Assert.Equal((11, 34), LanguageLeaflet.Single(Rule, yaml).Position());
    }

    [Fact]
    public void The_contact_purpose_and_out_of_hours_text_are_checked()
    {
        var yaml = LanguageLeaflet.WithParagraph("All is well.").Replace(
            "    phone: 020 7188 4714",
            "    purpose: >-\n      If you have any questions about your\n      cyrotherapy treatment.\n    phone: 020 "
                + "7188 4714\nout_of_hours: Call the swichboard.",
            StringComparison.Ordinal);

        var findings = LanguageLeaflet.Check(Rule, yaml);

        Assert.Equal([(14, 7), (16, 24)], findings.Select(f => f.Position()));
    }
}
