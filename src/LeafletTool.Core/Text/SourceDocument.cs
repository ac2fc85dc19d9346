namespace LeafletTool.Core.Text;

/// <summary>A file's text and the name diagnostics call it by. The core never opens files: the CLI reads
/// them.</summary>
public sealed record SourceDocument(string Name, string Text)
{
    /// <summary>The text with a leading byte-order mark removed, as the YAML reader sees it.</summary>
    public static SourceDocument FromText(string name, string text) =>
        new(name, text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);
}
