namespace LeafletTool.Core.Rendering.Inline;

/// <summary>A piece of inline text: plain text, <c>**strong**</c> text, a <c>[link](https://…)</c>, or a phone number found in the text.</summary>
public abstract record InlineNode;

/// <summary>Text shown as it is written (every character is text, escaped in HTML).</summary>
public sealed record TextRun(string Text) : InlineNode;

/// <summary>Text written between <c>**</c> and <c>**</c>.</summary>
public sealed record StrongRun(IReadOnlyList<InlineNode> Children) : InlineNode;

/// <summary>A link written <c>[text](address)</c>; <see cref="Address"/> is https, http, mailto or tel.</summary>
public sealed record LinkRun(string Text, string Address) : InlineNode;

/// <summary>A UK phone number found in the text; <see cref="Href"/> is its <c>tel:</c> address.</summary>
public sealed record PhoneRun(string Number, string Href) : InlineNode;
