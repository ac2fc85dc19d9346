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
    public static LeafletView Build(Leaflet leaflet, ProjectConfig config, DateOnly asOf, InlineStyle style)
    {
        var anchors = new Anchors();
        var status = leaflet.ReviewDate is { } review
            ? ReviewSchedule.StatusOf(review, asOf, config.DueSoonDays)
            : ReviewStatus.Invalid;
        var language = TextNormaliser.Normalise(leaflet.Language?.Value ?? config.Language);
        return new LeafletView
        {
            Title = Plain(leaflet.Title, style),
            Slug = leaflet.Slug,
            Language = Attribute(language, style),
            Direction = TextDirection.Of(language),
            ResourceNumber = Plain(leaflet.ResourceNumber, style),
            Published = Plain(DisplayDate(leaflet.Published, leaflet.PublishedDate), style),
            Review = Plain(DisplayDate(leaflet.Review, leaflet.ReviewDate), style),
            Owner = Plain(leaflet.Owner, style),
            Department = Optional(leaflet.Department, t => Plain(t, style)),
            Summary = Optional(leaflet.Summary, t => InlineRenderer.Render(t, style)),
            Sections = leaflet.Sections
                .Select((s, i) => new SectionView(Plain(s.Heading, style), anchors.For(Raw(s.Heading), i + 1), s.Body.Select(b => Block(b, style)).ToList()))
                .ToList(),
            Contacts = leaflet.Contacts.Select(c => Contact(c, style)).ToList(),
            OutOfHours = Optional(leaflet.OutOfHours, t => InlineRenderer.Render(t, style)),
            ReviewStatus = status.ToName(),
            ReviewStatusLabel = Label(status),
        };
    }

    public static TrustView Trust(ProjectConfig config, InlineStyle style) => new(
        InlineRenderer.Plain(config.Organisation, style),
        Blank(config.Footer) ? null : InlineRenderer.Render(config.Footer!, style),
        Blank(config.AlternativeFormats) ? null : InlineRenderer.Render(config.AlternativeFormats!, style),
        Attribute(TextNormaliser.Normalise(config.Language), style));

    /// <summary>"Current", "Due soon", "Overdue" or "Not known".</summary>
    public static string Label(ReviewStatus status) => status switch
    {
        ReviewStatus.Current => "Current",
        ReviewStatus.DueSoon => "Due soon",
        ReviewStatus.Overdue => "Overdue",
        _ => "Not known",
    };

    private static BlockView Block(Block block, InlineStyle style) => block switch
    {
        Paragraph p => new BlockView("paragraph", InlineRenderer.Render(p.Text.Value, style), []),
        Note n => new BlockView("note", InlineRenderer.Render(n.Text.Value, style), []),
        BulletList b => new BlockView("bullets", null, b.Items.Select(i => InlineRenderer.Render(i.Value, style)).ToList()),
        StepList s => new BlockView("steps", null, s.Items.Select(i => InlineRenderer.Render(i.Value, style)).ToList()),
        _ => throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block kind."),
    };

    private static ContactView Contact(Contact contact, InlineStyle style)
    {
        var phone = Raw(contact.Phone);
        var email = Raw(contact.Email);
        return new ContactView(
            Plain(contact.Name, style),
            Optional(contact.Purpose, t => InlineRenderer.Render(t, style)),
            phone.Length == 0 ? null : Attribute(phone, style),
            phone.Length == 0 ? null : Attribute(PhoneNumbers.Href(phone), style),
            Optional(contact.Hours, t => Plain(t, style)),
            email.Length == 0 ? null : Attribute(email, style),
            email.Length == 0 ? null : Attribute("mailto:" + email, style));
    }

    private static string DisplayDate(LocatedText? text, LeafletDate? date) => date?.Display ?? text?.Value ?? "";

    private static string Raw(LocatedText? text) => TextNormaliser.Normalise(text?.Value ?? "");

    private static string Plain(LocatedText? text, InlineStyle style) => InlineRenderer.Plain(text?.Value ?? "", style);

    private static string Plain(string text, InlineStyle style) => InlineRenderer.Plain(text, style);

    private static string Attribute(string text, InlineStyle style) => style == InlineStyle.Text ? text : HtmlText.Escape(text);

    private static string? Optional(LocatedText? text, Func<string, string> render) =>
        text is null || string.IsNullOrWhiteSpace(text.Value) ? null : render(text.Value);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
