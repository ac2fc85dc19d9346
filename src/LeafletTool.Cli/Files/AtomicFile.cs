using System.Text;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Writes output files so that nothing half-written is ever left: the text goes to a temporary file beside the
/// target, which then replaces it in one step. Failures are the tool's (exit 3), said in one line.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark; a format that wants one writes it itself.</summary>
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string fullPath, string text)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(temp, text, Utf8);
            File.Move(temp, fullPath, overwrite: true);
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            TryDelete(temp);
            throw new ToolFailureException($"cannot write '{fullPath}': {Describe(e)}");
        }
    }

    /// <summary>Writes a new file, refusing (false) when one is already there, without any moment where the check and
    /// the write could race.</summary>
    public static bool WriteNew(string fullPath, string text)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            using var stream = new FileStream(fullPath, FileMode.CreateNew, FileAccess.Write);
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
            return true;
        }
        catch (IOException) when (File.Exists(fullPath))
        {
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot write '{fullPath}': {e.Message}");
        }
    }

    /// <summary>A failed write: .NET reports a write past the file-size limit (EFBIG) as an argument out of
    /// range.</summary>
    public static bool IsWriteFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException;

    /// <summary>What went wrong, in words; a full disk is the system's own "No space left on device".</summary>
    public static string Describe(Exception e) => e is ArgumentOutOfRangeException
        ? "File too large: past the file-size limit (ulimit -f) or what the file system allows"
        : e.Message;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Leaving a stray temporary file is better than hiding the real error.
        }
    }
}
