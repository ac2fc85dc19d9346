using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers;

/// <summary>
/// The readers of leaflet import, by file extension. Each turns the bytes of one source into an
/// <see cref="ImportedDocument"/> and never decides what a block means for a leaflet (the interpreter in the core
/// does, the same way for every format). A source that cannot be read (corrupt, encrypted, no text) throws
/// <see cref="UnreadableSourceException"/> with one line for the editor.
/// </summary>
public static class Readers
{
    /// <summary>The extensions of the sources import reads (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".pdf", ".html", ".htm"];

    /// <summary>Reads one source, given its extension (lower case, with the dot) and its bytes.</summary>
    public static ImportedDocument Read(string extension, byte[] bytes) => extension switch
    {
        ".txt" => Core.Importing.TextReader.Read(TextBytes.Decode(bytes)),
        ".docx" => Word.WordReader.Read(bytes),
        ".pdf" => Pdf.PdfReader.Read(bytes),
        ".html" or ".htm" => Html.HtmlReader.Read(bytes),
        _ => throw new UnreadableSourceException($"\"{extension}\" files cannot be imported; import "
            + string.Join(", ", Extensions) + " files."),
    };
}

/// <summary>A source that cannot be imported, with one line saying why and what to do ("the PDF has no text: it
/// is scanned images; run it through OCR first").</summary>
public sealed class UnreadableSourceException(string message) : Exception(message);
