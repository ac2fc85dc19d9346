using System.Text;
using System.Text.RegularExpressions;

namespace LeafletTool.Importers.Html;

/// <summary>
/// The characters of a saved page: a byte-order mark decides (UTF-8, UTF-16); else the charset its meta tag (or an
/// XML declaration) names in the first 4 KB: UTF-8, or Windows-1252 and its subsets (ISO-8859-1, ASCII), which
/// old trust sites still declare; anything else, or nothing, is read as UTF-8.
/// </summary>
internal static partial class HtmlCharset
{
    // Windows-1252 0x80–0x9F: the curly quotes, dashes, bullet and euro sign that ISO-8859-1 lacks.
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160',
        '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD', '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022',
        '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        return IsWindows1252(Declared(bytes)) ? Windows1252(bytes) : Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The charset the page declares in its first 4 KB, lower case, or "" when none.</summary>
    public static string Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value.ToLowerInvariant() : "";
    }

    private static bool IsWindows1252(string charset)
        => charset is "windows-1252" or "cp1252" or "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1"
            or "us-ascii" or "ascii" or "iso-8859-15" or "x-cp1252";

    private static string Windows1252(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and < 0xA0 ? Windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    [GeneratedRegex(@"(?:<meta[^>]*charset\s*=\s*[""']?|<\?xml[^>]*encoding\s*=\s*[""'])([A-Za-z0-9_:.-]+)",
        RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
