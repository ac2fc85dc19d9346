using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LeafletTool.Importers.Word;

/// <summary>w:sym characters: the Symbol and Wingdings characters editors use (bullets, ticks, arrows, the
/// telephone, degrees) as their Unicode equivalents; a character of an ordinary font as itself; anything else
/// dropped (it is a picture, not a word).</summary>
internal static class WordSymbols
{
    private static readonly Dictionary<int, string> Symbol = new()
    {
        [0xB7] = "•",
        [0xB0] = "°",
        [0xB1] = "±",
        [0xA3] = "≤",
        [0xB3] = "≥",
        [0xB4] = "×",
        [0xAE] = "→",
        [0x6D] = "μ",
        [0x2D] = "−",
        [0xD7] = "·",
        [0xE3] = "©",
        [0xE2] = "®",
    };

    private static readonly Dictionary<int, string> Wingdings = new()
    {
        [0x9F] = "•",
        [0xA7] = "▪",
        [0x6C] = "●",
        [0x6E] = "■",
        [0x71] = "❑",
        [0x76] = "❖",
        [0xD8] = "➢",
        [0xE0] = "→",
        [0xFC] = "✓",
        [0xFB] = "✗",
        [0xFE] = "☑",
        [0x28] = "☎",
        [0x29] = "☎",
        [0x2A] = "✉",
        [0x3F] = "✍",
        [0x46] = "☞",
    };

    public static string Text(SymbolChar symbol)
    {
        if (!int.TryParse(symbol.Char?.Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            return "";
        }

        var font = symbol.Font?.Value ?? "";
        if (code >= 0xF000 && code <= 0xF0FF) code -= 0xF000;
        if (font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase))
        {
            return Wingdings.GetValueOrDefault(code, "");
        }

        if (font.Equals("Symbol", StringComparison.OrdinalIgnoreCase)) return Symbol.GetValueOrDefault(code, "");
        return code is >= 0x20 and < 0xD800 ? ((char)code).ToString() : "";
    }
}
