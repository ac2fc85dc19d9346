using LeafletTool.Core.Config;
using LeafletTool.Core.Dates;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Turns a leaflet into the flat, formatted view its templates get: dates as "June 2023", the review status
/// as of the build's date, and every text rendered for the format (escaped HTML, or plain text).
/// </summary>
public static class LeafletViewBuilder
{
    /// <summary>
    /// The leaflet's view for the style, built anew. (A renderer keeps the views of the leaflet it rendered last, so
    /// its HTML, print and text pages share what they can: <see cref="LeafletViews"/>.)
    /// </summary>
    public static LeafletView Build(Leaflet leaflet, ProjectConfig config, DateOnly asOf, InlineStyle style) =>
        new LeafletViews(leaflet, config, asOf).For(style);

    /// <summary>
    /// Builds a view; <paramref name="printDiffers"/> says whether the print view would differ from the HTML one.
    /// </summary>
    internal static LeafletView Build(Leaflet leaflet, ProjectConfig config, DateOnly asOf, InlineStyle style,
        out bool printDiffers)
    {
        var anchors = new Anchors();

        // Each date is read from its text once (the properties read it again each time they are asked).
        var (publishedDate, reviewDate) = (leaflet.PublishedDate, leaflet.ReviewDate);
        var status = reviewDate is { } review
            ? ReviewSchedule.StatusOf(review, asOf, config.DueSoonDays)
            : ReviewStatus.Invalid;
        var language = TextNormaliser.Normalise(leaflet.Language?.Value ?? config.Language);
        var inline = new Inline(style);
        var sections = new List<SectionView>(leaflet.Sections.Count);
        foreach (var s in leaflet.Sections)
        {
            var blocks = new List<BlockView>(s.Body.Count);
            foreach (var b in s.Body) blocks.Add(Block(b, inline));
            var anchor = anchors.For(Raw(s.Heading), sections.Count + 1);
            sections.Add(new SectionView(Plain(s.Heading, style), anchor, blocks));
        }

        var contacts = new List<ContactView>(leaflet.Contacts.Count);
        foreach (var c in leaflet.Contacts) contacts.Add(Contact(c, inline));
        var view = new LeafletView
        {
            Title = Plain(leaflet.Title, style),
            Slug = leaflet.Slug,
            Language = Attribute(language, style),
            Direction = TextDirection.Of(language),
            ResourceNumber = Plain(leaflet.ResourceNumber, style),
            Published = Plain(DisplayDate(leaflet.Published, publishedDate), style),
            Review = Plain(DisplayDate(leaflet.Review, reviewDate), style),
            PublishedDate = publishedDate,
            ReviewDate = reviewDate,
            Owner = Plain(leaflet.Owner, style),
            Department = Optional(leaflet.Department, t => Plain(t, style)),
            Summary = Optional(leaflet.Summary, inline.Render),
            Sections = sections,
            Contacts = contacts,
            OutOfHours = Optional(leaflet.OutOfHours, inline.Render),
            ReviewStatus = status.ToName(),
            ReviewStatusLabel = Label(status),
        };
        printDiffers = inline.PrintDiffers;
        return view;
    }

    public static TrustView Trust(ProjectConfig config, InlineStyle style) => new(
        InlineRenderer.Plain(config.Organisation, style),
        Blank(config.Footer) ? null : InlineRenderer.Render(config.Footer!, style),
        Blank(config.AlternativeFormats) ? null : InlineRenderer.Render(config.AlternativeFormats!, style),
        Attribute(TextNormaliser.Normalise(config.Language), style),
        config.Logo?.DataUri is { } uri ? Attribute(uri, style) : null,
        config.Logo?.DataUri is null ? null : Attribute(TextNormaliser.Normalise(config.Logo.Alt), style));

    /// <summary>"Current", "Due soon", "Overdue" or "Not known".</summary>
    public static string Label(ReviewStatus status) => status switch
    {
        ReviewStatus.Current => "Current",
        ReviewStatus.DueSoon => "Due soon",
        ReviewStatus.Overdue => "Overdue",
        _ => "Not known",
    };

    private static BlockView Block(Block block, Inline inline) => block switch
    {
        Paragraph p => new BlockView("paragraph", inline.Render(p.Text.Value), []),
        Note n => new BlockView(n.Urgent ? "urgent" : "note", inline.Render(n.Text.Value), []),
        BulletList b => new BlockView("bullets", null, Items(b.Items, inline)),
        StepList s => new BlockView("steps", null, Items(s.Items, inline)),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block kind."),
    };

    private static string[] Items(IReadOnlyList<LocatedText> items, Inline inline)
    {
        var rendered = new string[items.Count];
        for (var i = 0; i < rendered.Length; i++) rendered[i] = inline.Render(items[i].Value);
        return rendered;
    }

    /// <summary>A contact's view in the style.</summary>
    internal static ContactView Contact(Contact contact, InlineStyle style) => Contact(contact, new Inline(style));

    private static ContactView Contact(Contact contact, Inline inline)
    {
        var style = inline.Style;
        var phone = Raw(contact.Phone);
        var email = Raw(contact.Email);
        return new ContactView(
            Plain(contact.Name, style),
            Optional(contact.Purpose, inline.Render),
            phone.Length == 0 ? null : Attribute(phone, style),
            phone.Length == 0 ? null : Attribute(PhoneNumbers.Href(phone), style),
            Optional(contact.Hours, t => Plain(t, style)),
            email.Length == 0 ? null : Attribute(email, style),
            email.Length == 0 ? null : Attribute("mailto:" + email, style));
    }

    /// <summary>Renders inline text in one style, noting whether any of it would differ in print.</summary>
    private sealed class Inline(InlineStyle style)
    {
        public InlineStyle Style { get; } = style;

        public bool PrintDiffers { get; private set; }

        public string Render(string text)
        {
            var rendered = InlineRenderer.Render(text, Style, out var differs);
            PrintDiffers |= differs;
            return rendered;
        }
    }

    private static string DisplayDate(LocatedText? text, LeafletDate? date) => date?.Display ?? text?.Value ?? "";

    private static string Raw(LocatedText? text) => TextNormaliser.Normalise(text?.Value ?? "");

    private static string Plain(LocatedText? text, InlineStyle style) => InlineRenderer.Plain(text?.Value ?? "", style);

    private static string Plain(string text, InlineStyle style) => InlineRenderer.Plain(text, style);

    private static string Attribute(string text, InlineStyle style) =>
        style == InlineStyle.Text ? text : HtmlText.Escape(text);

    private static string? Optional(LocatedText? text, Func<string, string> render) =>
        text is null || string.IsNullOrWhiteSpace(text.Value) ? null : render(text.Value);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
