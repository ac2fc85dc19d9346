using System.Text;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Reads a source file as UTF-8 text (with or without a BOM). Files that are too large, binary,
/// in another encoding or unopenable come back as a problem to report, never as an exception.
/// </summary>
public static class SourceReader
{
    /// <summary>No leaflet is anywhere near this; a larger file is almost certainly the wrong file.</summary>
    public const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    public static (string? Text, string? Problem) Read(string fullPath, string? confineTo = null)
    {
        var (bytes, problem) = ReadUtf8(fullPath, confineTo);
        return (bytes is null ? null : StrictUtf8.GetString(bytes), problem);
    }

    /// <summary>Reads the file's bytes, checked to be UTF-8 text, without decoding them (half the memory of the text,
    /// for English).</summary>
    public static (byte[]? Utf8, string? Problem) ReadUtf8(string fullPath, string? confineTo = null)
    {
        byte[]? bytes = null;
        var (length, problem) = ReadInto(fullPath, confineTo, ref bytes, exact: true);
        return length < 0 ? (null, problem) : (bytes, null);
    }

    /// <summary>
    /// Reads the file's bytes, checked to be UTF-8 text, into <paramref name="buffer"/>: its first Length bytes, valid
    /// until the buffer is used again. A buffer too small (or null) is replaced by a new one, of the file's size when
    /// <paramref name="exact"/>, else with room to spare. Length is -1 when there is a problem instead.
    /// </summary>
    public static (int Length, string? Problem) ReadInto(string fullPath, string? confineTo, ref byte[]? buffer,
        bool exact = false)
    {
        try
        {
            var (kind, mayBeLink) = FileKind.Of(fullPath);
            if (kind is not null) return (-1, $"This is {kind}, not a file, so it was not opened.");
            if (mayBeLink && confineTo is not null && OutsideOf(fullPath, confineTo) is { } target)
            {
                return (-1, $"This is a link to a file outside its folder ({target}), so it was not read: a link "
                    + "could publish any file on this computer. Copy the file into the folder instead.");
            }

            // One open, one size, one read: 10,000 sources are read before anything else can start.
            int read;
            using (var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read))
            {
                var length = RandomAccess.GetLength(handle);
                if (length > MaxBytes)
                {
                    return (-1,
                        $"The file is {length / 1024.0 / 1024.0:0.0} MB; a leaflet source may be at most 1 MB, so it "
                        + "was not read. Is this the right file?");
                }

                if (buffer is null || buffer.Length < length || (exact && buffer.Length != length))
                {
                    var roomy = Math.Max(length, Math.Min(2L * (buffer?.Length ?? 0), MaxBytes));
                    buffer = new byte[exact ? length : roomy];
                }

                read = HandleStream.ReadAt(handle, buffer.AsSpan(0, (int)length), 0);

                if (exact && read < buffer.Length) Array.Resize(ref buffer, read);
            }

            var problem = Problem(buffer.AsSpan(0, read));
            return (problem is null ? read : -1, problem);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (-1, $"The file cannot be opened: {e.Message}");
        }
    }

    /// <summary>Why these bytes are not a UTF-8 text, or null when they are.</summary>
    private static string? Problem(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return "The file is saved as UTF-16; save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).";
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return "The file holds binary data, not text; a leaflet source is a YAML text file.";
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        try
        {
            StrictUtf8.GetCharCount(bytes); // finds where it is not UTF-8
            return null;
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" (byte {e.Index + 1})" : "";
            return $"The file is not UTF-8 text{at}; save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8).";
        }
    }

    /// <summary>Where a link at <paramref name="fullPath"/> finally leads, when that is outside
    /// <paramref name="folder"/>; null for a plain file or a link that stays inside.</summary>
    private static string? OutsideOf(string fullPath, string folder)
    {
        if (new FileInfo(fullPath).LinkTarget is null) return null;
        var target = File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName;
        if (target is null) return null;
        var inside = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return target.StartsWith(inside, PathNames.Comparison) ? null : target;
    }
}
