namespace LeafletTool.Core.Schema;

/// <summary>What kind of value a field of the source format holds, which decides its JSON Schema.</summary>
public enum FieldKind
{
    /// <summary>A line or paragraph of text.</summary>
    Text,

    /// <summary><c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>The list of sections.</summary>
    Sections,

    /// <summary>A section's body: paragraphs and blocks.</summary>
    Body,

    /// <summary>The list of contacts.</summary>
    Contacts,

    /// <summary>A list of lines of text (bullets, steps, accepted words).</summary>
    TextList,
}

/// <summary>How one field is described to editors: its kind, a plain-English description and examples.</summary>
public sealed record FieldDoc(FieldKind Kind, string Description, params object[] Examples);

/// <summary>An example value that is a list.</summary>
public sealed record ExampleList(IReadOnlyList<object> Items);
