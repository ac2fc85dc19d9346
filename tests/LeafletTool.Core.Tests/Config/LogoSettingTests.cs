using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Config;

public class LogoSettingTests
{
    private static ConfigResult Read(string yaml) =>
        ConfigReader.Read(SourceDocument.FromText("leaflettool.yaml", yaml));

    [Fact]
    public void A_logo_is_a_file_with_its_alternative_text()
    {
        var result = Read("logo:\n  file: images/logo.png\n  alt: Example NHS Foundation Trust\n");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("images/logo.png", result.Config.Logo!.File);
        Assert.Equal("Example NHS Foundation Trust", result.Config.Logo.Alt);
        Assert.Equal(new SourcePosition(2, 9, 0).Line, result.Config.Logo.FileAt.Line);
        Assert.Null(result.Config.Logo.DataUri);
    }

    [Fact]
    public void No_logo_is_the_default() => Assert.Null(Read("organisation: X\n").Config.Logo);

    [Theory]
    [InlineData("logo: {file: logo.png}\n", "alt")]
    [InlineData("logo: {file: logo.png, alt: ''}\n", "alt")]
    [InlineData("logo: {alt: Example NHS Trust}\n", "file")]
    public void A_logo_without_alt_text_or_file_is_a_missing_field(string yaml, string missing)
    {
        var result = Read(yaml);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(RuleCatalogue.MissingField.Id, problem.Rule);
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains($"\"{missing}", problem.Message, StringComparison.Ordinal);
        Assert.Null(result.Config.Logo);
    }

    [Fact]
    public void A_logo_that_is_just_a_file_name_says_how_to_write_it()
    {
        var problem = Assert.Single(Read("logo: logo.png\n").Diagnostics);
        Assert.Equal(RuleCatalogue.InvalidValue.Id, problem.Rule);
        Assert.Contains("alt:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_logo_field_is_an_unknown_field()
    {
        var result = Read("logo: {file: logo.png, alt: Trust, atl: Trust}\n");
        Assert.Equal(RuleCatalogue.UnknownField.Id, Assert.Single(result.Diagnostics).Rule);
    }

    [Fact]
    public void Png_jpeg_and_svg_become_data_addresses()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2];
        Assert.Equal("data:image/png;base64," + Convert.ToBase64String(png), LogoImage.DataUri(png, out var p1));
        Assert.Null(p1);
        Assert.StartsWith("data:image/jpeg;base64,", LogoImage.DataUri([0xFF, 0xD8, 0xFF, 0xE0], out _),
            StringComparison.Ordinal);
        Assert.StartsWith("data:image/svg+xml;base64,",
            LogoImage.DataUri("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8, out _),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Anything_else_is_refused_with_why()
    {
        Assert.Null(LogoImage.DataUri("GIF89a"u8, out var notImage));
        Assert.Equal("is not a PNG, JPEG or SVG image", notImage);
        var big = new byte[LogoImage.MaxBytes + 1];
        big[0] = 0xFF;
        big[1] = 0xD8;
        big[2] = 0xFF;
        Assert.Null(LogoImage.DataUri(big, out var tooBig));
        Assert.Contains("at most 200 KB", tooBig, StringComparison.Ordinal);
        Assert.NotNull(LogoImage.DataUri(big.AsSpan(0, LogoImage.MaxBytes), out _));
    }
}
