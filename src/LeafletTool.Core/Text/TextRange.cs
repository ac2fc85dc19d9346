namespace LeafletTool.Core.Text;

/// <summary>A stretch of a text value: <see cref="Start"/> and <see cref="Length"/> in characters of the
/// value.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
