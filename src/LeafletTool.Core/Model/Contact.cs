using LeafletTool.Core.Text;

namespace LeafletTool.Core.Model;

public sealed record Contact(
    LocatedText? Name,
    LocatedText? Purpose,
    LocatedText? Phone,
    LocatedText? Hours,
    LocatedText? Email,
    SourcePosition Start);
