namespace LeafletTool.Core.Markup;

/// <summary>
/// A piece of inline text as <see cref="InlineParser"/> reads it: plain text, <c>**strong**</c> text or a
/// <c>[link](https://…)</c>. Rendering adds its own kind (a phone number found in plain text).
/// </summary>
public abstract record InlineNode;

/// <summary>Text shown as it is written (every character is text, escaped in HTML).</summary>
public sealed record TextRun(string Text) : InlineNode;

/// <summary>Text written between <c>**</c> and <c>**</c>.</summary>
public sealed record StrongRun(IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>A link written <c>[text](address)</c>; <see cref="Address"/> is https, http, mailto or tel.</summary>
public sealed record LinkRun(string Text, string Address) : InlineNode;
