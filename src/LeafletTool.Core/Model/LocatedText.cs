using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Model;

/// <summary>A text value from the source with where it stands. <see cref="Style"/> says how it was written
/// (plain, quoted, folded <c>&gt;-</c>, literal <c>|</c>), which the language rules need to map a word back to its
/// column.</summary>
public sealed record LocatedText(string Value, SourceSpan Span, YamlScalarStyle Style) : IScalarText
{
    public SourcePosition Start => Span.Start;

    public static LocatedText From(YamlScalar scalar) => new(scalar.Value, scalar.Span, scalar.Style);

    public override string ToString() => Value;
}
