using LeafletTool.Core.Markup;

namespace LeafletTool.Core.Rendering.Inline;

/// <summary>A UK phone number found in plain text (<see cref="PhoneNumbers"/>); <see cref="Href"/> is its
/// <c>tel:</c> address.</summary>
public sealed record PhoneRun(string Number, string Href) : InlineNode;
