namespace LeafletTool.Core.Rendering.View;

/// <summary>Whether a language is written right to left, from its BCP 47 tag (<c>ar</c>, <c>he</c>, <c>ur-PK</c>,
/// <c>pa-Arab</c>…).</summary>
public static class TextDirection
{
    private static readonly HashSet<string> RightToLeftLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
    };

    private static readonly HashSet<string> RightToLeftScripts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg",
    };

    /// <summary><c>rtl</c> or <c>ltr</c>.</summary>
    public static string Of(string languageTag)
    {
        var parts = languageTag.Split('-', '_');
        if (parts.Skip(1).Any(p => p.Length == 4 && RightToLeftScripts.Contains(p))) return "rtl";
        if (parts.Skip(1).Any(p => p.Length == 4)) return "ltr";
        return RightToLeftLanguages.Contains(parts[0]) ? "rtl" : "ltr";
    }
}
