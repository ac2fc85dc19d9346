using LeafletTool.Core.Dates;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// What a leaflet template gets as <c>leaflet</c>: every value already formatted and, for the HTML formats,
/// escaped with its inline markup rendered. Optional values are null when the source leaves them out.
/// </summary>
public sealed record LeafletView : ITypedValue
{
    public required string Title { get; init; }

    public required string Slug { get; init; }

    /// <summary>The BCP 47 language tag for <c>lang</c>, such as <c>en-GB</c>.</summary>
    public required string Language { get; init; }

    /// <summary><c>ltr</c>, or <c>rtl</c> for Arabic, Hebrew, Persian, Urdu and other right-to-left
    /// languages.</summary>
    public required string Direction { get; init; }

    public required string ResourceNumber { get; init; }

    /// <summary>"June 2023".</summary>
    public required string Published { get; init; }

    /// <summary>"June 2026".</summary>
    public required string Review { get; init; }

    /// <summary>The published date, for writing it in the leaflet's language; null when it cannot be read.</summary>
    public LeafletDate? PublishedDate { get; init; }

    /// <summary>The review date, for writing it in the leaflet's language; null when it cannot be read.</summary>
    public LeafletDate? ReviewDate { get; init; }

    public required string Owner { get; init; }

    public string? Department { get; init; }

    public string? Summary { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required IReadOnlyList<ContactView> Contacts { get; init; }

    public string? OutOfHours { get; init; }

    /// <summary><c>current</c>, <c>due-soon</c>, <c>overdue</c> or <c>invalid</c>, as of the build's date.</summary>
    public required string ReviewStatus { get; init; }

    /// <summary>"Current", "Due soon", "Overdue" or "Not known".</summary>
    public required string ReviewStatusLabel { get; init; }
}

/// <summary>A section: its heading, an <c>id</c> for links to it, and its blocks.</summary>
public sealed record SectionView(string Heading, string Anchor, IReadOnlyList<BlockView> Blocks) : ITypedValue;

/// <summary>
/// One body block. <see cref="Kind"/> is <c>paragraph</c>, <c>note</c> or <c>urgent</c> (with <see cref="Text"/>),
/// or <c>bullets</c> or <c>steps</c> (with <see cref="Items"/>).
/// </summary>
public sealed record BlockView(string Kind, string? Text, IReadOnlyList<string> Items) : ITypedValue;

/// <summary>A contact; <see cref="PhoneLink"/> and <see cref="EmailLink"/> are <c>tel:</c> and <c>mailto:</c>
/// addresses.</summary>
public sealed record ContactView(
    string Name,
    string? Purpose,
    string? Phone,
    string? PhoneLink,
    string? Hours,
    string? Email,
    string? EmailLink) : ITypedValue;

/// <summary>
/// The trust-wide text of <c>leaflettool.yaml</c>: the organisation, its footer, the alternative-formats statement,
/// the language they are written in (the configured <c>language</c>), and the logo (a <c>data:</c> address, escaped
/// for the page) with its alternative text; both null when there is no logo.
/// </summary>
public sealed record TrustView(string Organisation, string? Footer, string? AlternativeFormats, string Language,
    string? Logo = null, string? LogoAlt = null) : ITypedValue;

/// <summary>The files built for one leaflet, as links relative to the output folder; null for a format not
/// built.</summary>
public sealed record FileLinks(string? Html, string? Print, string? Pdf, string? Text) : ITypedValue;

/// <summary>About the page being made: its format (<c>html</c>, <c>print</c>, <c>text</c>), whether large print was
/// asked for, and the leaflet's files.</summary>
public sealed record PageView(string Format, bool LargePrint, FileLinks Files) : ITypedValue;
