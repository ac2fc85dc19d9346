using System.Text;

namespace LeafletTool.Importers;

/// <summary>Text files as editors save them: UTF-8 (with or without a byte-order mark), or UTF-16 with one; else
/// Windows-1252 is not available without a code-page provider, so other bytes are read as UTF-8 with replacement
/// characters, which <c>hidden-characters</c> and the spelling rules then show.</summary>
internal static class TextBytes
{
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2,
            bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(
            bytes, 2, bytes.Length - 2);
        var offset = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(bytes, offset, bytes.Length - offset);
    }
}
