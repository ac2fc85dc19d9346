using LeafletTool.Core.Authoring;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Authoring;

public class YamlTextTests
{
    private static string ReadBack(string yaml)
    {
        var read = YamlDocumentReader.Read(SourceDocument.FromText("t.yaml", yaml));
        Assert.Empty(read.Diagnostics);
        var entry = Assert.Single(Assert.IsType<YamlMapping>(read.Root).Entries);
        return Assert.IsType<YamlScalar>(entry.Value).Value;
    }

    [Theory]
    [InlineData("Plain text")]
    [InlineData("Text: with a colon")]
    [InlineData("ends with a colon:")]
    [InlineData("# not a comment")]
    [InlineData("text # not a comment")]
    [InlineData("- not a list")]
    [InlineData("[not, a, list]")]
    [InlineData("'quoted'")]
    [InlineData("\"double\"")]
    [InlineData("back\\slash")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("tab\there")]
    [InlineData("@mention and `code`")]
    [InlineData("2026-06")]
    [InlineData("100%")]
    [InlineData("Ünïcödé and emoji 😀")]
    [InlineData("bell\u0007")]
    [InlineData("A long paragraph that goes on and on past the width of a line, so it is written as a folded block: it "
        + "must read back the same, with #hashes, 'quotes', \"double quotes\" and - dashes.")]
    [InlineData("A long paragraph with  two spaces in it that goes on and on past the width of a line, so it cannot be "
        + "folded safely.")]
    public void Values_read_back_exactly(string value)
    {
        Assert.Equal(value, ReadBack("key: " + YamlText.Scalar(value, 2, 5) + "\n"));
    }

    [Fact]
    public void Long_text_is_folded_within_the_width()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 60));
        var yaml = "key: " + YamlText.Scalar(text, 2, 5) + "\n";
        Assert.StartsWith("key: >-\n  word", yaml, StringComparison.Ordinal);
        Assert.All(yaml.Split('\n'), line => Assert.True(line.Length <= YamlText.Width, line));
        Assert.Equal(text, ReadBack(yaml));
    }

    [Fact]
    public void Short_safe_text_stays_plain()
        => Assert.Equal("Pain management nurses", YamlText.Scalar("Pain management nurses", 2, 7));
}
