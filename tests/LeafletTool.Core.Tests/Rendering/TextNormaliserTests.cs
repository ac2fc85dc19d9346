using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Tests.Rendering;

public class TextNormaliserTests
{
    [Theory]
    [InlineData("Take two tablets.")]
    [InlineData("Café au lait, naïve – “quoted”")]
    [InlineData("x")]
    [InlineData("")]
    public void Normal_text_is_its_own_result(string text) => Assert.Same(text, TextNormaliser.Normalise(text));

    [Theory]
    [InlineData(" Take", "Take")]
    [InlineData("Take ", "Take")]
    [InlineData("Take  two", "Take two")]
    [InlineData("Take\ntwo\r\ntablets", "Take two tablets")]
    [InlineData("Take\ttwo", "Take two")]
    [InlineData("Take\u0007two", "Taketwo")]
    [InlineData("Café\u00A0au  lait", "Café au lait")]
    [InlineData("Café \u0085lait", "Café lait")]
    [InlineData("naïve\u007Ftext", "naïvetext")]
    [InlineData("   ", "")]
    public void Other_text_is_made_normal(string text, string expected)
        => Assert.Equal(expected, TextNormaliser.Normalise(text));
}
