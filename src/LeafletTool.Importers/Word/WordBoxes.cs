using DocumentFormat.OpenXml.Wordprocessing;

namespace LeafletTool.Importers.Word;

/// <summary>Shading and borders: a paragraph shaded with a colour (not automatic, not white) or with a border on any
/// side is boxed, which is how editors mark a note.</summary>
internal static class WordBoxes
{
    /// <summary>True when shaded or bordered, false when the properties say plainly neither, null when they say
    /// nothing (the style decides).</summary>
    public static bool? IsBoxed(Shading? shading, ParagraphBorders? borders)
    {
        if (shading is null && borders is null) return null;
        return IsShaded(shading) || HasBorder(borders);
    }

    public static bool IsShaded(Shading? shading)
        => shading is not null && IsShaded(shading.Fill?.Value, shading.Val?.InnerText, shading.Color?.Value);

    /// <summary>A w:shd's fill, pattern (val) and pattern colour: a fill of a colour, or a pattern other than clear
    /// in a colour.</summary>
    public static bool IsShaded(string? fill, string? pattern, string? colour)
    {
        if (fill is not null && !IsBlank(fill)) return true;
        return pattern is not null and not "clear" and not "nil" && colour is not null && !IsBlank(colour);
    }

    /// <summary>A border side's w:val: any line but none and nil.</summary>
    public static bool IsBorder(string? value) => value is not null and not "none" and not "nil";

    private static bool HasBorder(ParagraphBorders? borders)
        => borders is not null && borders.ChildElements.OfType<BorderType>().Any(b => IsBorder(b.Val?.InnerText));

    private static bool IsBlank(string colour)
        => colour.Equals("auto", StringComparison.OrdinalIgnoreCase)
            || colour.Equals("FFFFFF", StringComparison.OrdinalIgnoreCase);
}
