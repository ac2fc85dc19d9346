using LeafletTool.Core.Importing.Blocks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace LeafletTool.Importers.Pdf;

/// <summary>
/// Reads a PDF into blocks in reading order with PdfPig's layout analysis (<see cref="PdfPageReader"/>), one page at
/// a time: paragraphs and list items with their font size against the body text's and whether they are all bold,
/// running headers and footers marked as such (<see cref="PdfRunning"/>), links as markup, images listed for
/// attention. It reports what the PDF shows and never decides what a block means. A file that is not a PDF, is
/// damaged, is encrypted, or has no text (scanned pages) throws <see cref="UnreadableSourceException"/>.
/// </summary>
public static class PdfReader
{
    public static ImportedDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!StartsLikePdf(bytes))
        {
            throw new UnreadableSourceException("This is not a PDF (it does not start with %PDF); open it in the "
                + "program that made it and save it as a PDF.");
        }

        var pages = new List<PdfPage>();
        string? title;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
            title = document.Information.Title is { } t && !string.IsNullOrWhiteSpace(t) ? t.Trim() : null;
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(PdfPageReader.Read(document.GetPage(number), number));
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Encrypted();
        }
        catch (Exception e) when (e is not UnreadableSourceException and not OutOfMemoryException)
        {
            if (e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase)
                || e.Message.Contains("password", StringComparison.OrdinalIgnoreCase)) throw Encrypted();
            throw new UnreadableSourceException("The PDF is damaged and cannot be read (" + FirstLine(e.Message)
                + "); open it and save it as a PDF again.");
        }

        if (!pages.Any(p => p.Blocks.Count > 0))
        {
            throw new UnreadableSourceException(pages.Any(p => p.Images > 0)
                ? "The PDF has no text, only images (scanned?); run it through OCR first."
                : "The PDF has no text at all.");
        }

        PdfRunning.Mark(pages);
        return new ImportedDocument(PdfBlocks.Make(pages), Attention(pages)) { TitleHint = title };
    }

    private static List<SourceAttention> Attention(List<PdfPage> pages)
    {
        var attention = new List<SourceAttention>();
        var dropped = pages.SelectMany(p => p.Lines.Where(l => l.Dropped).Select(l => (Page: p.Number, Line: l.Number)))
            .FirstOrDefault();
        if (dropped.Page > 0)
        {
            attention.Add(new SourceAttention(new SourcePlace(dropped.Page, dropped.Line),
                "page numbers standing alone were left out"));
        }

        foreach (var page in pages.Where(p => p.Images > 0))
        {
            attention.Add(new SourceAttention(new SourcePlace(page.Number, 1), page.Images == 1
                ? $"page {page.Number} has an image; its text, if any, was not read"
                : $"page {page.Number} has {page.Images} images; their text, if any, was not read"));
        }

        return attention;
    }

    private static UnreadableSourceException Encrypted() => new("The PDF is encrypted (password-protected); save a "
        + "copy without a password and import that.");

    /// <summary>"%PDF-" within the first kilobyte, as readers allow.</summary>
    private static bool StartsLikePdf(byte[] bytes) =>
        bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 100 ? line[..100] + "…" : line;
    }
}
