using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Tests.Markup;

public class InlineParserTests
{
    [Fact]
    public void Strong_text_between_double_asterisks()
    {
        var nodes = InlineParser.Parse("Do **not** drive.");
        Assert.Equal(3, nodes.Count);
        Assert.Equal(new TextRun("Do "), nodes[0]);
        var strong = Assert.IsType<StrongRun>(nodes[1]);
        Assert.Equal(new TextRun("not"), Assert.Single(strong.Children));
        Assert.Equal(new TextRun(" drive."), nodes[2]);
    }

    [Theory]
    [InlineData("an unclosed ** stays text")]
    [InlineData("2 ** 3 ** 4")]
    [InlineData("**")]
    [InlineData("****")]
    public void Asterisks_that_do_not_wrap_text_stay_text(string text)
    {
        Assert.Equal([new TextRun(text)], InlineParser.Parse(text));
    }

    [Theory]
    [InlineData("https://www.nhs.uk/conditions/")]
    [InlineData("http://example.org")]
    [InlineData("mailto:pals@example.nhs.uk")]
    [InlineData("tel:+442071884714")]
    [InlineData("https://en.wikipedia.org/wiki/Cryotherapy_(medicine)")]
    public void Links_to_web_mail_and_phone_addresses(string address)
    {
        var nodes = InlineParser.Parse($"See [the page]({address}) first.");
        Assert.Equal(new LinkRun("the page", address), nodes[1]);
        Assert.Equal(new TextRun(" first."), nodes[2]);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[file](file:///etc/passwd)")]
    [InlineData("[no address]()")]
    [InlineData("[](https://example.org)")]
    [InlineData("[spaced](https://example.org/a b)")]
    [InlineData("[unclosed](https://example.org")]
    [InlineData("just [brackets] here")]
    public void Anything_else_in_brackets_stays_text(string text)
    {
        Assert.Equal([new TextRun(text)], InlineParser.Parse(text));
    }

    [Fact]
    public void A_link_inside_strong_text()
    {
        var strong = Assert.IsType<StrongRun>(Assert.Single(InlineParser.Parse("**[NHS 111](https://111.nhs.uk)**")));
        Assert.Equal(new LinkRun("NHS 111", "https://111.nhs.uk"), Assert.Single(strong.Children));
    }

    [Theory]
    [InlineData("[a]b](https://example.org)")]
    [InlineData("[spaced] (https://example.org)")]
    public void Links_the_link_rule_reports_as_broken_stay_text(string text)
    {
        Assert.Equal([new TextRun(text)], InlineParser.Parse(text));
    }

    [Fact]
    public void Link_text_is_the_text_of_the_link_the_link_rule_sees()
    {
        const string text = "Ring 020 7188 4714 or [ 020 7188 0000 ](https://example.org).";
        var link = Assert.Single(InlineLinks.Find(text));
        InlineNode[] expected =
            [new TextRun("Ring 020 7188 4714 or "), new LinkRun("020 7188 0000", link.Address), new TextRun(".")];
        Assert.Equal(expected, InlineParser.Parse(text));
    }
}
