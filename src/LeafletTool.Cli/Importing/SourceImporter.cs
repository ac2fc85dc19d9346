using LeafletTool.Cli.Files;
using LeafletTool.Core.Importing;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers;

namespace LeafletTool.Cli.Importing;

/// <summary>Reads one source (at most 50 MB) with the reader for its extension and interprets it; any failure of a
/// reader is one line for that source, never a stack trace, and the batch goes on.</summary>
public static class SourceImporter
{
    public const long MaxBytes = 50L * 1024 * 1024;

    public static (ImportResult? Result, string? Failure) Import(string fullPath, string? owner)
    {
        var extension = Path.GetExtension(fullPath).ToLowerInvariant();
        if (!Readers.Extensions.Contains(extension))
        {
            return (null, $"\"{extension}\" files cannot be imported; import " + string.Join(", ", Readers.Extensions)
                + " files.");
        }

        byte[] bytes;
        try
        {
            if (FileKind.NotRegular(fullPath) is { } kind) return (null, $"This is {kind}, not a file, so it was not "
                + "opened.");
            var length = new FileInfo(fullPath).Length;
            if (length > MaxBytes)
            {
                return (null, $"The file is {length / 1024.0 / 1024.0:0.0} MB; a source may be at most 50 MB, so it "
                    + "was not read. Is this the right file?");
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"The file cannot be opened: {e.Message}");
        }

        if (extension == ".txt" && !IsUnicodeText(bytes))
        {
            return (null, "The file is not UTF-8 text; save it as UTF-8 (in Notepad: File, Save as, Encoding: "
                + "UTF-8).");
        }

        ImportedDocument document;
        try
        {
            document = Readers.Read(extension, bytes);
        }
        catch (UnreadableSourceException e)
        {
            return (null, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, $"The file could not be read as a {extension} document ({OneLine(e.Message)}); is it "
                + "damaged? Open and save it again, then import it.");
        }

        return (ImportInterpreter.Interpret(document, owner), null);
    }

    private static bool IsUnicodeText(byte[] bytes) =>
        (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        || System.Text.Unicode.Utf8.IsValid(bytes);

    private static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Trim();
        return line.Length <= 120 ? line : line[..117] + "...";
    }
}
