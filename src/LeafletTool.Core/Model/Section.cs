using LeafletTool.Core.Text;

namespace LeafletTool.Core.Model;

public sealed record Section(LocatedText? Heading, IReadOnlyList<Block> Body, SourcePosition Start);
