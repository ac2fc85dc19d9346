using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Tests.Markup;

public class MarkupRangesTests
{
    [Fact]
    public void Every_character_of_every_address_is_hidden_and_nothing_else_among_many_links()
    {
        const string Link = "[see the NHS](https://www.nhs.uk/a) ";
        var text = string.Concat(Enumerable.Repeat(Link, 300));
        var ranges = MarkupRanges.HiddenRanges(text);
        Assert.Equal(300, ranges.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var inLink = i % Link.Length;
            var expected = inLink >= Link.IndexOf('(') && inLink <= Link.IndexOf(')');
            Assert.Equal(expected, MarkupRanges.IsHidden(ranges, i, out var resume));
            Assert.Equal(expected ? i - inLink + Link.IndexOf(')') + 1 : i, resume);
        }
    }
}
