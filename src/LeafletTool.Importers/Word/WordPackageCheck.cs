using System.IO.Compression;
using System.Text;
using System.Xml;

namespace LeafletTool.Importers.Word;

/// <summary>
/// Looks at a .docx's bytes before the Open XML SDK loads any part: a file that is not a zip (an old .doc, an
/// encrypted document, RTF or a web page saved with a .docx name, a damaged file), and a zip that unpacks to far
/// more than any leaflet (a zip bomb) are refused with one line, in milliseconds.
/// </summary>
internal static class WordPackageCheck
{
    /// <summary>The most a leaflet's parts may unpack to, all together.</summary>
    public const long MaxUnpackedBytes = 200L << 20;

    /// <summary>The most one part may unpack to per byte packed, when it is large (XML packs about 10:1).</summary>
    public const long MaxRatio = 200;

    public const int MaxEntries = 10_000;

    /// <summary>Far deeper than Word's own nesting (tables in text boxes in tables reach a few dozen).</summary>
    public const int MaxNesting = 256;

    private static readonly byte[] OleSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Checks the bytes and gives the title in docProps/core.xml, read here because LibreOffice links that
    /// part with a relationship type System.IO.Packaging does not know (null when there is none).</summary>
    public static string? Check(byte[] bytes)
    {
        if (bytes.Length == 0) throw Damaged("the file is empty (0 bytes)");
        if (bytes.AsSpan().StartsWith(OleSignature)) throw new UnreadableSourceException(OleMessage(bytes));
        if (bytes.AsSpan().StartsWith("{\\rtf"u8))
        {
            throw new UnreadableSourceException("the file is an RTF document with a .docx name: open it in Word and "
                + "save it as a Word document (.docx).");
        }

        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            throw Damaged("it is not a .docx (zip) file; if it opens in Word, save it again as a Word document");
        }

        return CheckZip(bytes);
    }

    public static UnreadableSourceException Damaged(string reason)
        => new($"the Word document is damaged: {reason}.");

    private static string OleMessage(byte[] bytes)
    {
        if (Contains(bytes, Encoding.Unicode.GetBytes("EncryptedPackage")))
        {
            return "the Word document is password-protected (encrypted): open it in Word, remove the password "
                + "(File > Info > Protect Document) and import the saved copy.";
        }

        return "the file is an old Word 97-2003 document (.doc) with a .docx name: open it in Word and save it as a "
            + "Word document (.docx).";
    }

    private static bool Contains(byte[] bytes, byte[] pattern) => bytes.AsSpan().IndexOf(pattern) >= 0;

    private static string? CheckZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                throw Bomb($"it holds {zip.Entries.Count:N0} parts");
            }

            long total = 0;
            var mainPart = false;
            ZipArchiveEntry? core = null;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes) throw Bomb("it unpacks to more than 200 MB");
                if (entry.Length > (1L << 20) && entry.Length > entry.CompressedLength * MaxRatio)
                {
                    throw Bomb($"its part {entry.FullName} unpacks to {entry.Length / entry.CompressedLength:N0} times "
                        + "its packed size");
                }

                mainPart |= entry.FullName.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
                if (entry.FullName.Equals("docProps/core.xml", StringComparison.OrdinalIgnoreCase)) core = entry;
                if (entry.Length > 64 * 1024 && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    CheckNesting(entry);
                }
            }

            if (!mainPart) throw Damaged("it is a zip file but not a Word document (no [Content_Types].xml)");
            return core is { Length: < 1L << 20 } ? CoreTitle(core) : null;
        }
        catch (InvalidDataException e)
        {
            throw Damaged("its zip structure is broken (" + e.Message.TrimEnd('.') + ")");
        }
    }

    /// <summary>A large part nested deeper than any document (hundreds of thousands of levels) would take the
    /// SDK minutes to load: refused after one forward pass.</summary>
    private static void CheckNesting(ZipArchiveEntry entry)
    {
        try
        {
            using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            while (reader.Read())
            {
                if (reader.Depth > MaxNesting)
                {
                    throw Bomb($"its part {entry.FullName} is nested more than {MaxNesting} levels deep");
                }
            }
        }
        catch (XmlException e)
        {
            throw Damaged($"its part {entry.FullName} is not well-formed XML ({e.Message.TrimEnd('.')})");
        }
    }

    private static string? CoreTitle(ZipArchiveEntry core)
    {
        try
        {
            using var reader = XmlReader.Create(core.Open(), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
            });
            while (reader.Read())
            {
                if (reader is { NodeType: XmlNodeType.Element, LocalName: "title" }
                    && reader.NamespaceURI == "http://purl.org/dc/elements/1.1/")
                {
                    return reader.ReadElementContentAsString();
                }
            }
        }
        catch (XmlException)
        {
            // A damaged core.xml gives no title; the document is still read.
        }

        return null;
    }

    private static UnreadableSourceException Bomb(string what)
        => new($"the Word document is not safe to open: {what}, far more than any leaflet (a zip bomb?).");
}
