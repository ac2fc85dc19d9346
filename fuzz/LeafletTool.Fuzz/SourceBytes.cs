using System.Text;

namespace LeafletTool.Fuzz;

/// <summary>
/// The checks the CLI's <c>Files/SourceReader</c> makes on a file's bytes before the core sees them (the CLI is not
/// referenced, to keep the harness to the core): a file the CLI refuses is one the core never gets.
/// </summary>
internal static class SourceBytes
{
    private const long MaxBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false,
        throwOnInvalidBytes: true);

    /// <summary>Why the CLI would not read these bytes, or null when it would.</summary>
    public static string? Problem(byte[] bytes)
    {
        if (bytes.LongLength > MaxBytes) return "over 1 MB";
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return "UTF-16";
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0) return "binary";
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return "not UTF-8";
        }
    }
}
