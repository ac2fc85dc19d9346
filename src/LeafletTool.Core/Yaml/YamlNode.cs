using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>A node of a YAML document with the span it came from. Aliases point at the anchored node itself.</summary>
public abstract class YamlNode(SourceSpan span)
{
    public SourceSpan Span { get; } = span;

    public SourcePosition Start => Span.Start;

    /// <summary>What an editor would call this kind of value, for messages: "text", "a list", "a set of
    /// fields".</summary>
    public abstract string KindName { get; }
}

public enum YamlScalarStyle
{
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

public sealed class YamlScalar(string value, YamlScalarStyle style, SourceSpan span) : YamlNode(span)
{
    public string Value { get; } = value;

    public YamlScalarStyle Style { get; } = style;

    /// <summary>A plain <c>~</c>, <c>null</c> or nothing at all: YAML's way of saying "no value".</summary>
    public bool IsNull => Style == YamlScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string KindName => "text";
}

public sealed class YamlSequence(IReadOnlyList<YamlNode> items, SourceSpan span) : YamlNode(span)
{
    public IReadOnlyList<YamlNode> Items { get; } = items;

    public override string KindName => "a list";
}

public sealed class YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> entries,
    SourceSpan span) : YamlNode(span)
{
    public IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries { get; } = entries;

    public override string KindName => "a set of fields";
}
