namespace LeafletTool.Core.Text;

/// <summary>The stretch of source a node came from; <see cref="End"/> is just past its last character.</summary>
public readonly record struct SourceSpan(SourcePosition Start, SourcePosition End);
