using DiffPlex;

namespace LeafletTool.Core.ChangeControl;

/// <summary>Splits tokens joined by line breaks again, for DiffPlex: a token (a word, a marker, a section name)
/// never holds a line break.</summary>
internal sealed class LineTokens : IChunker
{
    public static readonly LineTokens Instance = new();

    public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split('\n');
}
