using LeafletTool.Core.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// A scalar's value as read, with where it stands in its source and how it was written: what
/// <see cref="ScalarPositionMap"/> needs to map a character of the value back to the source.
/// </summary>
public interface IScalarText
{
    string Value { get; }

    SourceSpan Span { get; }

    YamlScalarStyle Style { get; }
}
