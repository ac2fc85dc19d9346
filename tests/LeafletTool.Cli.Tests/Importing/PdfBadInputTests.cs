using LeafletTool.Importers;
using LeafletTool.Importers.Pdf;

namespace LeafletTool.Cli.Tests.Importing;

public class PdfBadInputTests
{
    [Theory]
    [InlineData("d-truncated.pdf", "The PDF is damaged and cannot be read")]
    [InlineData("d-encrypted.pdf", "The PDF is encrypted (password-protected); save a copy without a password")]
    [InlineData("d-image-only.pdf", "The PDF has no text, only images (scanned?); run it through OCR first.")]
    public void A_bad_pdf_fixture_gives_one_clear_line(string name, string message)
    {
        var error = Assert.Throws<UnreadableSourceException>(() => Readers.Read(".pdf",
            File.ReadAllBytes(PdfFixtures.Path(name))));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Just some text saved with the wrong name.")]
    [InlineData("PK\u0003\u0004 a zip file, perhaps a Word document")]
    public void Bytes_that_are_not_a_pdf_say_so(string content)
    {
        var error = Assert.Throws<UnreadableSourceException>(() => PdfReader.Read(
            System.Text.Encoding.UTF8.GetBytes(content)));
        Assert.StartsWith("This is not a PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_header_followed_by_rubbish_is_damaged()
    {
        var error = Assert.Throws<UnreadableSourceException>(() => PdfReader.Read(
            System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n" + new string('x', 5000))));
        Assert.StartsWith("The PDF is damaged", error.Message, StringComparison.Ordinal);
    }
}
