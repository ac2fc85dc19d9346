using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

public class CommentInTextRuleTests
{
    private static readonly CommentInTextRule Rule = new();

    [Fact]
    public void A_hash_after_a_space_in_a_plain_paragraph_is_reported_at_the_hash_with_the_words_dropped()
    {
        const string paragraph = "You will be seen on Ward 5 #2 bay, usually the day after your operation.";

        var found = LanguageLeaflet.Single(Rule, LanguageLeaflet.WithParagraph(paragraph));

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "#"), found.Position());
        Assert.Contains("\"2 bay, usually the day after", found.Message, StringComparison.Ordinal);
        Assert.Contains("Put the text in quotes to keep it.", found.Message, StringComparison.Ordinal);
        Assert.Equal("error", found.Severity.ToString().ToLowerInvariant());
    }

    [Fact]
    public void A_comment_after_a_title_a_bullet_or_a_contact_name_is_reported_on_its_line()
    {
        var yaml = LanguageLeaflet.WithBody(
                "      - bullets:",
                "          - Bring your tablets #all of them",
                "          - Bring a dressing gown")
            .Replace("title: Living with a stoma", "title: Living with a stoma # and a bag", StringComparison.Ordinal)
            .Replace("  - name: Stoma care nurses", "  - name: Stoma care nurses #3", StringComparison.Ordinal);

        var found = LanguageLeaflet.Check(Rule, yaml);

        Assert.Equal([(1, 28), (10, 32), (13, 29)], found.Select(d => d.Position()));
    }

    [Theory]
    [InlineData("\"You will be seen on Ward 5 #2 bay.\"")]
    [InlineData("'You will be seen on Ward 5 #2 bay.'")]
    [InlineData("You will be seen on Ward 5#2 bay.")]
    [InlineData("See https://www.nhs.uk/conditions/stoma#care for more.")]
    public void Quoted_values_and_a_hash_with_no_space_before_it_keep_their_text(string paragraph)
    {
        Assert.Empty(LanguageLeaflet.Check(Rule, LanguageLeaflet.WithParagraph(paragraph)));
    }

    [Fact]
    public void A_comment_on_a_line_of_its_own_or_after_a_date_or_number_is_not_reported()
    {
        var yaml = LanguageLeaflet.WithBody("      # a note for the editors", "      - Keep the bag clean.")
            .Replace("review: 2027-01", "review: 2027-01 # checked by the panel", StringComparison.Ordinal)
            .Replace("resource_number: 1234/VER1", "resource_number: 1234/VER1 # new number", StringComparison.Ordinal)
            .Replace("phone: 020 7188 4714", "phone: 020 7188 4714 # switchboard", StringComparison.Ordinal);

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    [Fact]
    public void A_folded_block_keeps_its_hash_as_text()
    {
        var yaml = LanguageLeaflet.WithBody("      - >-", "        You will be seen on Ward 5 #2 bay.");

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    [Fact]
    public void A_fill_in_hint_of_leaflet_new_left_after_the_text_is_not_reported()
    {
        var yaml = LanguageLeaflet.WithParagraph("Keep the bag clean.  # Fill in: a paragraph.");

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }
}
