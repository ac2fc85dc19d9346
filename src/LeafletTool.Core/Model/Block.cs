using LeafletTool.Core.Text;

namespace LeafletTool.Core.Model;

/// <summary>One item of a section's body: a paragraph, a bullet list, a numbered list of steps, or a highlighted
/// note (an <c>urgent:</c> block is a note marked urgent).</summary>
public abstract record Block(SourcePosition Start)
{
    /// <summary>The prose of this block, in reading order.</summary>
    public abstract IEnumerable<LocatedText> Texts { get; }
}

public sealed record Paragraph(LocatedText Text) : Block(Text.Start)
{
    public override IEnumerable<LocatedText> Texts => [Text];
}

public sealed record BulletList(IReadOnlyList<LocatedText> Items, SourcePosition Position) : Block(Position)
{
    public override IEnumerable<LocatedText> Texts => Items;
}

public sealed record StepList(IReadOnlyList<LocatedText> Items, SourcePosition Position) : Block(Position)
{
    public override IEnumerable<LocatedText> Texts => Items;
}

/// <summary>A highlighted note; <paramref name="Urgent"/> for <c>urgent:</c>, urgent advice ("call 999 if…"), shown
/// as the NHS urgent care card with the words "Urgent advice".</summary>
public sealed record Note(LocatedText Text, SourcePosition Position, bool Urgent = false) : Block(Position)
{
    public override IEnumerable<LocatedText> Texts => [Text];
}
