namespace LeafletTool.Core.Text;

/// <summary>A place in a source file: 1-based line and column, 0-based character offset.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    public static readonly SourcePosition Start = new(1, 1, 0);

    public override string ToString() => $"{Line}:{Column}";
}
