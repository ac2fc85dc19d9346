using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>Helpers of the Word reader's tests: the committed fixtures, small .docx packages written from raw
/// WordprocessingML (as Word writes it), and the word-for-word comparison.</summary>
internal static partial class WordTestDocuments
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Fixture(string name)
        => Path.Combine(Repository.Root(), "tests", "LeafletTool.Cli.Tests", "Cases", "import-word", name);

    /// <summary>A .docx of the given body XML (inside w:body), styles and numbering XML (inside their roots), and
    /// external hyperlink relationships (id, address).</summary>
    public static byte[] Package(string body, string styles = "", string numbering = "",
        params (string Id, string Address)[] links)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/styles.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                <Override PartName="/word/numbering.xml"
                 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
                </Types>
                """);
            Add(zip, "_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Target="word/document.xml"
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                </Relationships>
                """);
            var rels = new StringBuilder("""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rIdS" Target="styles.xml"
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
                <Relationship Id="rIdN" Target="numbering.xml"
                 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"/>
                """);
            foreach (var (id, address) in links)
            {
                rels.Append($"""<Relationship Id="{id}" Target="{address}" TargetMode="External" """)
                    .Append("Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\"/>");
            }

            Add(zip, "word/_rels/document.xml.rels", rels.Append("</Relationships>").ToString());
            const string Namespaces = $"""xmlns:w="{W}" """
                + """xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" """
                + """xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" """
                + """xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" """
                + """xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps" """;
            Add(zip, "word/document.xml", $"<w:document {Namespaces}><w:body>{body}</w:body></w:document>");
            Add(zip, "word/styles.xml", $"<w:styles {Namespaces}>{styles}</w:styles>");
            Add(zip, "word/numbering.xml", $"<w:numbering {Namespaces}>{numbering}</w:numbering>");
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }

    /// <summary>The words (letters and digits) of a text in order, lower case.</summary>
    public static List<string> Words(string text)
        => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

    /// <summary>The words of the blocks, their markup taken off (link addresses, asterisks).</summary>
    public static List<string> Words(IEnumerable<SourceBlock> blocks)
        => Words(string.Join("\n", blocks.Select(b => LinkAddress().Replace(b.Text, " ").Replace("**", "",
            StringComparison.Ordinal))));

    /// <summary>The words of pandoc's plain text of a document: table rules, image placeholders ("[alt]") and list
    /// markers are not words of the document.</summary>
    public static List<string> PlainWords(string plain)
    {
        var lines = plain.Split('\n').Where(l => !TableRule().IsMatch(l) && !ImageLine().IsMatch(l))
            .Select(l => ListMarker().Replace(l, ""));
        return Words(string.Join("\n", lines));
    }

    /// <summary>Asserts every expected word is in the actual words, in order (others may stand between).</summary>
    public static void AssertInOrder(List<string> expected, List<string> actual)
    {
        var at = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            var found = actual.IndexOf(expected[i], at);
            Assert.True(found >= 0, $"word {i} \"{expected[i]}\" (after \"{string.Join(' ', expected.Take(i)
                .TakeLast(8))}\") is not in the blocks after word {at}");
            at = found + 1;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkAddress();

    [GeneratedRegex(@"^\s*-{3,}[\s-]*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*\[[^\]]*\]\s*$")]
    private static partial Regex ImageLine();

    [GeneratedRegex(@"^\s*(?:[-•*]|\d{1,2}[.)])\s+")]
    private static partial Regex ListMarker();
}
