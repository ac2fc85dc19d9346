namespace LeafletTool.Core.Text;

/// <summary>
/// The characters a reader cannot see, in one place, for what prints text (<c>Formats/TerminalText</c>, which escapes
/// them) and what checks it (<c>hidden-characters</c>, which reports them).
/// </summary>
public static class UnseenCharacters
{
    /// <summary>Control characters: C0 but tab, line feed and carriage return; DEL; C1 but NEL (a YAML line break).
    /// </summary>
    public static string Controls { get; } = string.Concat(
        Range('\u0000', '\u0008'), "\u000b\u000c", Range('\u000e', '\u001f'), "\u007f",
        Range('\u0080', '\u0084'), Range('\u0086', '\u009f'));

    /// <summary>The bidirectional controls, which can reorder what is shown: marks, embeddings, overrides and
    /// isolates.</summary>
    public const string Bidirectional = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069";

    private static string Range(char first, char last) =>
        new([.. Enumerable.Range(first, last - first + 1).Select(c => (char)c)]);
}
