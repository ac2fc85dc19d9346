namespace LeafletTool.Core.Authoring;

/// <summary>The kinds of body block of source format v1.</summary>
public enum DraftBlockKind
{
    Paragraph,
    Bullets,
    Steps,
    Note,
}

/// <summary>A body block to write: a paragraph or note (one line of text) or a list (several).</summary>
public sealed record DraftBlock(DraftBlockKind Kind, IReadOnlyList<string> Lines)
{
    public static DraftBlock Paragraph(string text) => new(DraftBlockKind.Paragraph, [text]);
}

public sealed record DraftSection(string? Heading, IReadOnlyList<DraftBlock> Body);

public sealed record DraftContact(string? Name, string? Purpose = null, string? Phone = null, string? Hours = null,
    string? Email = null);

/// <summary>
/// A leaflet to write as YAML, before it exists as a file. Required fields left null are written empty, so
/// <c>leaflet validate</c> points at each one (<c>missing-field</c>).
/// </summary>
public sealed record LeafletDraft
{
    public string? Title { get; init; }

    public string? ResourceNumber { get; init; }

    public string? Published { get; init; }

    public string? Review { get; init; }

    public string? Owner { get; init; }

    public string? Department { get; init; }

    public string? Summary { get; init; }

    public IReadOnlyList<DraftSection> Sections { get; init; } = [];

    public IReadOnlyList<DraftContact> Contacts { get; init; } = [];

    public string? OutOfHours { get; init; }
}
