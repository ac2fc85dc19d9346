namespace LeafletTool.Core.Model;

/// <summary>Where a piece of prose sits in a leaflet; readability counts headings and list items as
/// sentences.</summary>
public enum ProseKind
{
    Title,
    Summary,
    Heading,
    Paragraph,
    ListItem,
    Note,
    ContactPurpose,
    ContactHours,
    OutOfHours,
}

public sealed record Prose(ProseKind Kind, LocatedText Text);
