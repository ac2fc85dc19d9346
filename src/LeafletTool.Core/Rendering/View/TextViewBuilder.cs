using LeafletTool.Core.Config;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.Inline;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Makes a leaflet's plain-text view from its HTML view, equal to the one <see cref="LeafletViewBuilder"/> builds
/// for <see cref="InlineStyle.Text"/>, doing again only what differs. A text whose HTML form is the source text itself
/// (the same object: already normal, no markup, no phone number, nothing escaped) is that text in plain text too,
/// so most texts are not looked at again; anchors depend on the heading alone, so they are the HTML view's; and a
/// block, section or list whose texts are all the same is the HTML view's own object.
/// </summary>
internal static class TextViewBuilder
{
    public static LeafletView From(LeafletView html, Leaflet leaflet, ProjectConfig config)
    {
        var language = TextNormaliser.Normalise(leaflet.Language?.Value ?? config.Language);
        return html with
        {
            Title = Plain(leaflet.Title?.Value ?? "", html.Title),
            Language = language,
            ResourceNumber = Plain(leaflet.ResourceNumber?.Value ?? "", html.ResourceNumber),
            Published = InlineRenderer.Plain(html.PublishedDate?.Display ?? leaflet.Published?.Value ?? "",
                InlineStyle.Text),
            Review = InlineRenderer.Plain(html.ReviewDate?.Display ?? leaflet.Review?.Value ?? "", InlineStyle.Text),
            Owner = Plain(leaflet.Owner?.Value ?? "", html.Owner),
            Department = html.Department is null ? null : Plain(leaflet.Department!.Value, html.Department),
            Summary = html.Summary is null ? null : Render(leaflet.Summary!.Value, html.Summary),
            Sections = Sections(leaflet.Sections, html.Sections),
            Contacts = Contacts(leaflet.Contacts),
            OutOfHours = html.OutOfHours is null ? null : Render(leaflet.OutOfHours!.Value, html.OutOfHours),
        };
    }

    private static IReadOnlyList<SectionView> Sections(IReadOnlyList<Section> sections, IReadOnlyList<SectionView> html)
    {
        var views = new List<SectionView>(sections.Count);
        var same = true;
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            var htmlSection = html[i];
            var heading = Plain(section.Heading?.Value ?? "", htmlSection.Heading);
            var blocks = Blocks(section.Body, htmlSection.Blocks);
            var view = ReferenceEquals(heading, htmlSection.Heading) && ReferenceEquals(blocks, htmlSection.Blocks)
                ? htmlSection
                : new SectionView(heading, htmlSection.Anchor, blocks);
            same &= ReferenceEquals(view, htmlSection);
            views.Add(view);
        }

        return same ? html : views;
    }

    private static IReadOnlyList<BlockView> Blocks(IReadOnlyList<Block> blocks, IReadOnlyList<BlockView> html)
    {
        List<BlockView>? views = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var view = Block(blocks[i], html[i]);
            if (views is null && !ReferenceEquals(view, html[i]))
            {
                views = new List<BlockView>(blocks.Count);
                for (var j = 0; j < i; j++) views.Add(html[j]);
            }

            views?.Add(view);
        }

        return views ?? html;
    }

    private static BlockView Block(Block block, BlockView html)
    {
        switch (block)
        {
            case Paragraph or Note:
                var source = block is Paragraph p ? p.Text.Value : ((Note)block).Text.Value;
                var text = Render(source, html.Text!);
                return ReferenceEquals(text, html.Text) ? html : html with { Text = text };
            case BulletList or StepList:
                var items = Items(block is BulletList b ? b.Items : ((StepList)block).Items, html.Items);
                return ReferenceEquals(items, html.Items) ? html : html with { Items = items };
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block kind.");
        }
    }

    private static IReadOnlyList<string> Items(IReadOnlyList<LocatedText> items, IReadOnlyList<string> html)
    {
        string[]? rendered = null;
        for (var i = 0; i < items.Count; i++)
        {
            var item = Render(items[i].Value, html[i]);
            if (rendered is null && !ReferenceEquals(item, html[i]))
            {
                rendered = new string[items.Count];
                for (var j = 0; j < i; j++) rendered[j] = html[j];
            }

            if (rendered is not null) rendered[i] = item;
        }

        return rendered ?? html;
    }

    private static List<ContactView> Contacts(IReadOnlyList<Contact> contacts)
    {
        var views = new List<ContactView>(contacts.Count);
        foreach (var contact in contacts) views.Add(LeafletViewBuilder.Contact(contact, InlineStyle.Text));
        return views;
    }

    /// <summary>
    /// <see cref="InlineRenderer.Plain"/> in plain text of <paramref name="source"/>, whose HTML form is
    /// <paramref name="html"/>: the source itself when that is.
    /// </summary>
    private static string Plain(string source, string html) =>
        ReferenceEquals(source, html) ? html : InlineRenderer.Plain(source, InlineStyle.Text);

    /// <summary>The same for <see cref="InlineRenderer.Render(string, InlineStyle)"/>.</summary>
    private static string Render(string source, string html) =>
        ReferenceEquals(source, html) ? html : InlineRenderer.Render(source, InlineStyle.Text);
}
