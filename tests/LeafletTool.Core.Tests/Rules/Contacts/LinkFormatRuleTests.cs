using LeafletTool.Core.Rules.Contacts;

namespace LeafletTool.Core.Tests.Rules.Contacts;

public class LinkFormatRuleTests
{
    private static readonly LinkFormatRule Rule = new();

    [Theory]
    [InlineData("- Read [more on the NHS website](https://www.nhs.uk/conditions/).")]
    [InlineData("- \"[E-mail us](mailto:pain.nurses@example.nhs.uk) or [call](tel:+442071884714).\"")]
    [InlineData("- No links at all, just (brackets) and [square ones].")]
    public void Good_links_pass(string paragraph) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_plain_http_link_suggests_https_and_points_at_the_address()
    {
        var d = TestLeaflet.Single(Rule,
            TestLeaflet.WithParagraph("- Read [the NHS page](http://www.nhs.uk/pain) first."));
        Assert.Equal((9, 29), d.At());
        Assert.Equal("https://www.nhs.uk/pain", d.Suggestion);
        Assert.Equal("The link \"the NHS page\" to http://www.nhs.uk/pain starts with http://; use https:// so the "
            + "page opens securely; did you mean https://www.nhs.uk/pain?", d.Message);
    }

    [Theory]
    [InlineData("https://www.nhs.uk@evil.example/", "evil.example", "www.nhs.uk")]
    [InlineData("https://nhs:login@evil.example/page", "evil.example", "nhs:login")]
    [InlineData("http://www.nhs.uk@evil.example/", "evil.example", "www.nhs.uk")]
    public void A_user_name_in_an_address_is_an_error_that_says_where_the_link_really_goes(
        string address, string host, string disguise)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph($"- Read [the NHS page]({address}) first."));
        Assert.Contains($"goes to {host}, not to \"{disguise}\"", d.Message, StringComparison.Ordinal);
        Assert.Null(d.Suggestion);
    }

    [Fact]
    public void A_link_inside_a_folded_block_points_at_its_own_line_and_column()
    {
        var paragraph = "- >-\n        First line of the paragraph.\n        Then [a bad "
            + "link](ftp://files.example.nhs.uk) here.";
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((11, 27), d.At());
        Assert.Contains("starts with \"ftp://\"; links start with https://, mailto: or tel:", d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_link_is_reported_at_its_address()
    {
        var d = TestLeaflet.Single(Rule,
            TestLeaflet.WithParagraph("- 'See [our page](https://www.example.nhs.uk for more.'"));
        Assert.Equal((9, 25), d.At());
        Assert.StartsWith("The link \"our page\" has no \")\" straight after its address.", d.Message,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- See [page](www.nhs.uk/pain) now.", 9, 20, "https://www.nhs.uk/pain")]
    [InlineData("- See [page](pain@example.nhs.uk) now.", 9, 20, "mailto:pain@example.nhs.uk")]
    [InlineData("- See [page](mailto:pain@example.nhs.uk.) now.", 9, 20, "mailto:pain@example.nhs.uk")]
    [InlineData("- See [page](/pain) now.", 9, 20, null)]
    [InlineData("- See [page](https://nhs) now.", 9, 20, null)]
    [InlineData("- See [page](tel:call-us) now.", 9, 20, null)]
    [InlineData("- See [page]() now.", 9, 20, null)]
    public void Addresses_that_are_not_full_https_mailto_or_tel_are_reported(string paragraph, int line, int column,
        string? suggestion)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((line, column), d.At());
        Assert.Equal(suggestion, d.Suggestion);
    }

    [Fact]
    public void A_link_with_no_text_is_reported_at_its_opening_bracket()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph("- See [](https://www.nhs.uk) now."));
        Assert.Equal((9, 13), d.At());
        Assert.StartsWith("The link to https://www.nhs.uk has no text", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_space_between_the_brackets_is_reported()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph("- See [page] (https://www.nhs.uk) now."));
        Assert.Equal((9, 20), d.At());
        Assert.Contains("has a space between \"]\" and \"(\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_text_without_its_opening_bracket_is_reported_at_the_stray_bracket()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph("- See page](https://www.nhs.uk) now."));
        Assert.Equal((9, 17), d.At());
        Assert.StartsWith("There is \"](\" here with no \"[\"", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_in_every_kind_of_prose_are_checked()
    {
        var yaml = TestLeaflet.With("phone:", "phone: 020 7188 4714\n    hours: See [hours](http://a.nhs.uk)");
        yaml = TestLeaflet.With(yaml, "- heading:", "- heading: '[Heading](http://b.nhs.uk)'");
        var found = TestLeaflet.Check(Rule, yaml);
        Assert.Equal([(7, 25), (13, 24)], found.Select(d => d.At()));
    }

    [Fact]
    public void Positions_are_exact_in_double_quoted_text_with_escapes()
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph("- \"Say \\\"hi\\\" to [us](http://a.nhs.uk)\""));
        Assert.Equal((9, 29), d.At());
    }
}
