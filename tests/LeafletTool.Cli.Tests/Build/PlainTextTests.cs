namespace LeafletTool.Cli.Tests.Build;

public class PlainTextTests
{
    [Fact]
    public void No_line_is_over_80_characters_except_a_long_address()
    {
        using var build = new SiteBuild();
        build.Run("leaflets", SiteBuild.Case("every-kind"), SiteBuild.Case("rtl"), "--formats", "text");
        var texts = build.Files().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, texts.Count);
        var longLines = texts.SelectMany(f => build.Read(f).Split('\n')).Where(l => l.Length > 80).ToList();
        Assert.Equal(
            ["(https://www.example.nhs.uk/services/surgery/wound-care/"
                + "looking-after-your-wound-at-home-after-an-operation)."],
            longLines);
    }

    [Fact]
    public void Plain_text_is_utf8_without_a_byte_order_mark_with_lf_line_endings()
    {
        using var build = new SiteBuild();
        build.Run(SiteBuild.Case("rtl"), "--formats", "text");
        var bytes = File.ReadAllBytes(Path.Combine(build.Out, "wound-care-arabic.txt"));
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.StartsWith("العناية بالجرح بعد الجراحة\n", new System.Text.UTF8Encoding(false, true).GetString(bytes),
            StringComparison.Ordinal);
    }
}
