using System.IO.Compression;
using LeafletTool.Importers;
using static LeafletTool.Cli.Tests.Importing.WordTestDocuments;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>Word documents that cannot be imported: one line each saying why, never a stack trace.</summary>
public class WordBadInputTests
{
    private static string Refused(byte[] bytes)
    {
        var e = Assert.Throws<UnreadableSourceException>(() => Readers.Read(".docx", bytes));
        Assert.DoesNotContain('\n', e.Message);
        Assert.DoesNotContain(" at ", e.Message, StringComparison.Ordinal);
        return e.Message;
    }

    [Theory]
    [InlineData("truncated.docx", "the Word document is damaged: its zip structure is broken")]
    [InlineData("text-named-docx.docx", "the Word document is damaged: it is not a .docx (zip) file")]
    [InlineData("encrypted.docx", "the Word document is password-protected (encrypted)")]
    [InlineData("old-doc-named-docx.docx", "the file is an old Word 97-2003 document (.doc) with a .docx name")]
    [InlineData("empty.docx", "the Word document has no text.")]
    [InlineData("zip-bomb.docx", "the Word document is not safe to open: it unpacks to more than 200 MB")]
    public void A_bad_fixture_is_refused_with_one_line(string name, string start)
        => Assert.StartsWith(start, Refused(File.ReadAllBytes(Fixture(Path.Combine("bad", name)))),
            StringComparison.Ordinal);

    [Fact]
    public void The_zip_bomb_is_small_on_disk()
        => Assert.InRange(new FileInfo(Fixture(Path.Combine("bad", "zip-bomb.docx"))).Length, 1, 1 << 20);

    [Fact]
    public void An_empty_file_and_an_rtf_file_are_refused()
    {
        Assert.Equal("the Word document is damaged: the file is empty (0 bytes).", Refused([]));
        Assert.StartsWith("the file is an RTF document with a .docx name", Refused("{\\rtf1 Hello}"u8.ToArray()),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_is_not_a_Word_document_is_refused()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        Assert.StartsWith("the Word document is damaged: it is a zip file but not a Word document",
            Refused(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_with_damaged_XML_is_refused_as_damaged()
    {
        var bytes = Package("<w:p><w:r><w:t>Unclosed</w:t></w:r>");
        Assert.StartsWith("the Word document is damaged: ", Refused(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_of_many_highly_packed_megabytes_is_refused_before_it_is_read()
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 20; i++) part.Write(spaces);
        }

        Assert.Contains("unpacks to", Refused(stream.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_nested_deeper_than_any_document_is_refused_before_the_SDK_loads_it()
    {
        var open = string.Concat(Enumerable.Range(0, 5000)
            .Select(_ => $"<w:customXml w:element=\"{Guid.NewGuid()}\">"));
        var close = string.Concat(Enumerable.Repeat("</w:customXml>", 5000));
        var bytes = Package(open + "<w:p><w:r><w:t>deep</w:t></w:r></w:p>" + close);
        Assert.Contains("word/document.xml is nested more than 256 levels deep", Refused(bytes),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_of_only_an_image_says_it_has_no_text()
    {
        var bytes = Package("""
            <w:p><w:r><w:pict><v:shape alt="Scanned leaflet"><v:imagedata r:id="rIdX" o:title=""
             xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></w:pict></w:r></w:p>
            """);
        Assert.StartsWith("the Word document has no text, only images", Refused(bytes), StringComparison.Ordinal);
    }
}
