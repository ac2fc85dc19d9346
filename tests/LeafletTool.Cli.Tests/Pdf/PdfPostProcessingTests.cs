using System.Text;
using LeafletTool.Cli.Pdf;

namespace LeafletTool.Cli.Tests.Pdf;

public class PdfPostProcessingTests
{
    private static string? Mark(string content) =>
        UntaggedText.MarkAsArtifacts(Encoding.ASCII.GetBytes(content)) is { } bytes ? Encoding.ASCII.GetString(bytes)
            : null;

    [Fact]
    public void Text_outside_marked_content_becomes_a_pagination_artifact()
    {
        Assert.Equal(
            "q\n/Artifact <</Type /Pagination>> BDC\nBT /F4 14 Tf <0033> Tj ET\nEMC Q\n/P <</MCID 0>> BDC BT <0044> Tj "
            + "ET EMC",
            Mark("q\nBT /F4 14 Tf <0033> Tj ET Q\n/P <</MCID 0>> BDC BT <0044> Tj ET EMC"));
    }

    [Fact]
    public void Tagged_text_and_look_alike_operators_in_strings_are_left_alone()
    {
        Assert.Null(
            Mark("/P <</MCID 0>> BDC BT (BT ET \\) EMC) Tj ET EMC /Span BMC BT <45> Tj ET EMC % BT in a comment\n"));
    }

    [Fact]
    public void A_stream_with_an_inline_image_is_not_touched()
    {
        Assert.Null(Mark("BT <0033> Tj ET BI /W 1 /H 1 ID \u0001\u0002 EI"));
    }

    [Fact]
    public void Dates_are_set_to_the_published_date_without_moving_any_byte()
    {
        var pdf = Encoding.ASCII.GetBytes("<</CreationDate (D:20261124084512+00'00')\n/ModDate "
            + "(D:20261124084513+00'00')>>");
        var fixedPdf = PdfDates.Fix(pdf, new DateOnly(2023, 6, 1));
        Assert.Equal("<</CreationDate (D:20230601000000+00'00')\n/ModDate (D:20230601000000+00'00')>>",
            Encoding.ASCII.GetString(fixedPdf));
    }

    [Fact]
    public void A_file_that_is_not_a_plain_pdf_comes_back_unchanged()
    {
        var notPdf = Encoding.ASCII.GetBytes("%PDF-1.4\nnot really\nstartxref\n99999\n%%EOF\n");
        Assert.Same(notPdf, PdfUpdate.MarkUntaggedTextAsArtifacts(notPdf));
    }
}
