using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Tests.Rendering;

public class InlineRendererTests
{
    [Fact]
    public void Html_special_characters_are_text()
    {
        Assert.Equal("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Tom&#39;s",
            InlineRenderer.Render("<script>alert(\"x\")</script> & Tom's", InlineStyle.Html));
    }

    [Fact]
    public void Html_has_strong_links_and_phone_links()
    {
        Assert.Equal(
            "<strong>Do not</strong> drive. See <a href=\"https://www.nhs.uk/?a=1&amp;b=2\">NHS &lt;website&gt;</a> or "
            + "phone <a class=\"phone\" dir=\"ltr\" href=\"tel:+442071884714\">020 7188 4714</a>.",
            InlineRenderer.Render("**Do not** drive. See [NHS <website>](https://www.nhs.uk/?a=1&b=2) or phone 020 "
                + "7188 4714.", InlineStyle.Html));
    }

    [Fact]
    public void Print_writes_the_address_after_the_link_text()
    {
        Assert.Equal("See <a href=\"https://www.nhs.uk\">the NHS website</a> (https://www.nhs.uk).",
            InlineRenderer.Render("See [the NHS website](https://www.nhs.uk).", InlineStyle.Print));
    }

    [Theory]
    [InlineData("See [the NHS website](https://www.nhs.uk).", "See the NHS website (https://www.nhs.uk).")]
    [InlineData("Email [the nurses](mailto:pain@example.nhs.uk).", "Email the nurses (pain@example.nhs.uk).")]
    [InlineData("Email [pain@example.nhs.uk](mailto:pain@example.nhs.uk).", "Email pain@example.nhs.uk.")]
    [InlineData("Go to [https://www.nhs.uk](https://www.nhs.uk).", "Go to https://www.nhs.uk.")]
    [InlineData("**Do not** drive. Phone 020 7188 4714.", "Do not drive. Phone 020 7188 4714.")]
    [InlineData("<b>&amp;</b>", "<b>&amp;</b>")]
    public void Text_has_no_markup_and_links_as_text_then_address(string source, string expected)
    {
        Assert.Equal(expected, InlineRenderer.Render(source, InlineStyle.Text));
    }

    [Fact]
    public void Plain_drops_markup_and_escapes_for_html()
    {
        Assert.Equal("Risks &amp; benefits of NHS 111",
            InlineRenderer.Plain("**Risks** & benefits of [NHS 111](https://111.nhs.uk)", InlineStyle.Html));
        Assert.Equal("Risks & benefits", InlineRenderer.Plain("**Risks** & benefits", InlineStyle.Text));
    }
}
