using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Word;

/// <summary>
/// Reads a Word document (.docx) into the blocks of an <see cref="ImportedDocument"/>: what the document says
/// (styles, outline levels, numbering, typed bullets, bold, font size, shading, links), never what it means. The
/// body comes first in reading order, then footnotes and endnotes, then the headers and footers (their blocks marked
/// as such, once each). A document that cannot be read throws <see cref="UnreadableSourceException"/>.
/// </summary>
public static class WordReader
{
    /// <summary>The most characters one part may hold once the package is open (a second guard after
    /// <see cref="WordPackageCheck"/>).</summary>
    private const long MaxCharactersInPart = 100_000_000;

    public static ImportedDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var coreTitle = WordPackageCheck.Check(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, isEditable: false,
                new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return Read(document, coreTitle);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException
            or FileFormatException or IOException or InvalidOperationException or NotSupportedException)
        {
            throw WordPackageCheck.Damaged(Reason(e));
        }
    }

    private static ImportedDocument Read(WordprocessingDocument document, string? coreTitle)
    {
        var main = document.MainDocumentPart ?? throw WordPackageCheck.Damaged("it has no main document part");
        var body = main.Document?.Body ?? throw WordPackageCheck.Damaged("it has no document body");
        using var styleSheet = (main.StyleDefinitionsPart ?? (OpenXmlPart?)main.StylesWithEffectsPart)
            ?.GetStream(FileMode.Open, FileAccess.Read);
        var parts = new WordDocumentParts(new WordStyles(styleSheet),
            new WordNumbering(main.NumberingDefinitionsPart?.Numbering));
        var tally = new WordTally();
        new WordBody(parts, main, SourcePart.Body, tally).Walk(body);
        Notes(parts, main, tally);
        if (parts.Blocks.Count == 0)
        {
            throw new UnreadableSourceException(parts.Attention.Count > 0
                ? "the Word document has no text, only images: type the leaflet's text or import it from another copy."
                : "the Word document has no text.");
        }

        foreach (var header in main.HeaderParts)
        {
            if (header.Header is { } root) new WordBody(parts, header, SourcePart.Header, tally).Walk(root);
        }

        foreach (var footer in main.FooterParts)
        {
            if (footer.Footer is { } root) new WordBody(parts, footer, SourcePart.Footer, tally).Walk(root);
        }

        Remarks(parts, main, tally);
        var title = (string.IsNullOrWhiteSpace(document.PackageProperties.Title)
            ? coreTitle : document.PackageProperties.Title)?.Trim();
        return new ImportedDocument(Distinct(parts.Blocks), parts.Attention)
        {
            TitleHint = string.IsNullOrEmpty(title) ? null : WordMarkup.Collapse(WordMarkup.Clean(title)),
        };
    }

    private static void Notes(WordDocumentParts parts, MainDocumentPart main, WordTally tally)
    {
        var before = tally.Paragraphs;
        if (main.FootnotesPart?.Footnotes is { } footnotes)
        {
            var walker = new WordBody(parts, main.FootnotesPart, SourcePart.Body, tally);
            foreach (var note in footnotes.Elements<Footnote>().Where(n => n.Type is null)) walker.Walk(note);
        }

        if (main.EndnotesPart?.Endnotes is { } endnotes)
        {
            var walker = new WordBody(parts, main.EndnotesPart, SourcePart.Body, tally);
            foreach (var note in endnotes.Elements<Endnote>().Where(n => n.Type is null)) walker.Walk(note);
        }

        if (tally.Paragraphs > before)
        {
            parts.Attention.Add(new SourceAttention(new SourcePlace(0, before + 1),
                $"footnotes and endnotes are kept as {WordBody.Span(before + 1, tally.Paragraphs)}, after the text"));
        }
    }

    private static void Remarks(WordDocumentParts parts, MainDocumentPart main, WordTally tally)
    {
        if (tally.Insertions + tally.Deletions > 0)
        {
            parts.Attention.Add(new SourceAttention(new SourcePlace(0, 1),
                $"tracked changes read as the document prints: {tally.Insertions} insertion(s) accepted, "
                + $"{tally.Deletions} deletion(s) dropped; check them in Word"));
        }

        var comments = main.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0;
        if (comments > 0)
        {
            parts.Attention.Add(new SourceAttention(new SourcePlace(0, 1),
                $"{comments} comment(s) in the document were left out"));
        }
    }

    /// <summary>Headers and footers repeat (first page, odd, even): each text once per part.</summary>
    private static List<SourceBlock> Distinct(List<SourceBlock> blocks)
    {
        var seen = new HashSet<(SourcePart, string)>();
        return blocks.Where(b => b.Part == SourcePart.Body || seen.Add((b.Part, b.Text))).ToList();
    }

    private static string Reason(Exception e)
    {
        var line = e.Message.Split('\n')[0].Trim().TrimEnd('.');
        if (line.Contains("exceeded", StringComparison.OrdinalIgnoreCase)
            && line.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return "a part holds more than 100 million characters, far more than any leaflet";
        }

        return line.Length > 160 ? line[..160] + "…" : line;
    }
}

/// <summary>What every part of a document shares while it is read: styles, numbering, the blocks and attention
/// found so far.</summary>
internal sealed record WordDocumentParts(WordStyles Styles, WordNumbering Numbering)
{
    public List<SourceBlock> Blocks { get; } = [];

    public List<SourceAttention> Attention { get; } = [];
}
