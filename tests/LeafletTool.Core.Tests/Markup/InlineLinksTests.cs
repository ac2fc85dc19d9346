using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Tests.Markup;

public class InlineLinksTests
{
    [Fact]
    public void Finds_each_link_with_its_text_and_address()
    {
        var links = InlineLinks.Find("See [the NHS](https://www.nhs.uk) or [e-mail us](mailto:a@b.nhs.uk).");
        Assert.Equal(2, links.Count);
        Assert.Equal(("the NHS", "https://www.nhs.uk", 4, 14, true),
            (links[0].Text, links[0].Address, links[0].Start, links[0].AddressStart, links[0].Closed));
        Assert.Equal(("e-mail us", "mailto:a@b.nhs.uk"), (links[1].Text, links[1].Address));
        Assert.Equal(33, links[0].End);
    }

    [Fact]
    public void Brackets_inside_an_address_must_balance()
    {
        var link = Assert.Single(InlineLinks.Find("[x](https://en.wikipedia.org/wiki/Pain_(disambiguation)) after"));
        Assert.Equal("https://en.wikipedia.org/wiki/Pain_(disambiguation)", link.Address);
        Assert.True(link.Closed);
    }

    [Theory]
    [InlineData("[x](https://www.nhs.uk")]
    [InlineData("[x](https://www.nhs.uk and more text)")]
    public void An_address_without_its_closing_bracket_is_unclosed(string text)
    {
        var link = Assert.Single(InlineLinks.Find(text));
        Assert.False(link.Closed);
        Assert.Equal("https://www.nhs.uk", link.Address);
    }

    [Fact]
    public void A_space_before_the_address_is_noticed_only_for_address_like_text()
    {
        Assert.True(Assert.Single(InlineLinks.Find("[x] (https://www.nhs.uk)")).SpaceBeforeAddress);
        Assert.Empty(InlineLinks.Find("[see below] (for adults)"));
    }

    [Fact]
    public void Brackets_that_are_not_links_are_ignored()
    {
        Assert.Empty(InlineLinks.Find("Bring [if you have one] your letter (the blue one)."));
        Assert.Empty(InlineLinks.Find("A [ with no close"));
    }

    [Fact]
    public void Stray_closing_brackets_are_found()
    {
        const string text = "Visit NHS](https://www.nhs.uk) and [this](https://a.nhs.uk)";
        var links = InlineLinks.Find(text);
        Assert.Equal([9], InlineLinks.StrayCloses(text, links));
    }
}
