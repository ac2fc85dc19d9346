using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// A leaflet page's globals (<c>leaflet</c>, <c>trust</c>, <c>page</c>, <c>labels</c>) as the compiled tree reads
/// them: straight from the views, by member number, with the same values <see cref="ScriptModel"/> would give; its
/// Scriban objects are made only if Scriban renders the page (<see cref="Fill"/>). One renderer's own, reused from
/// page to page (<see cref="RenderWorker"/>): about 200 dictionary inserts a leaflet saved, and the tree's lookups
/// become array reads.
/// </summary>
internal sealed class PageModel : TypedGlobals
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly Field[] Fields = FieldTable();

    private LeafletView leaflet = null!;
    private TrustView trust = null!;
    private PageView page = null!;
    private LabelTable labels = null!;
    private ModelObjects objects = ModelObjects.Fresh;
    private bool plain;

    private enum Field : byte
    {
        None, Leaflet, Trust, Page, Labels,
        Title, Slug, Language, Direction, ResourceNumber, Published, Review, Owner, Department, Summary, Sections,
        Contacts, OutOfHours, ReviewStatus, ReviewStatusLabel,
        Heading, Anchor, Blocks, Kind, Text, Items,
        Name, Purpose, Phone, PhoneLink, Hours, Email, EmailLink,
        Organisation, Footer, AlternativeFormats, Logo, LogoAlt,
        Format, LargePrint, Files, Html, Print, Pdf,
    }

    /// <summary>This model, emptied and set to the page's views; its Scriban objects, if made, from
    /// <paramref name="o"/> (let go when the page is rendered).</summary>
    public PageModel Set(LeafletView leaflet, TrustView trust, PageView page, LabelTable labels, ModelObjects o)
    {
        Clear();
        Filled = false;
        this.leaflet = leaflet;
        this.trust = trust;
        this.page = page;
        this.labels = labels;
        objects = o;
        plain = page.Format == "text";
        return this;
    }

    public override void Fill()
    {
        if (Filled) return;
        ScriptModel.Fill(this, leaflet, trust, page, labels, objects);
        Filled = true;
    }

    public override object? Member(object target, int key)
    {
        var field = (uint)key < (uint)Fields.Length ? Fields[key] : Field.None;
        return target switch
        {
            BlockView b => field switch
            {
                Field.Kind => b.Kind,
                Field.Text => b.Text,
                Field.Items => b.Items,
                _ => Missing,
            },
            SectionView s => field switch
            {
                Field.Heading => s.Heading,
                Field.Anchor => s.Anchor,
                Field.Blocks => s.Blocks,
                _ => Missing,
            },
            ContactView c => field switch
            {
                Field.Name => c.Name,
                Field.Purpose => c.Purpose,
                Field.Phone => c.Phone,
                Field.PhoneLink => c.PhoneLink,
                Field.Hours => c.Hours,
                Field.Email => c.Email,
                Field.EmailLink => c.EmailLink,
                _ => Missing,
            },
            LeafletView l => Leaflet(l, field),
            TrustView t => field switch
            {
                Field.Organisation => t.Organisation,
                Field.Footer => t.Footer,
                Field.AlternativeFormats => t.AlternativeFormats,
                Field.Language => t.Language,
                Field.Logo => t.Logo,
                Field.LogoAlt => t.LogoAlt,
                _ => Missing,
            },
            PageView p => field switch
            {
                Field.Format => p.Format,
                Field.LargePrint => p.LargePrint ? True : False,
                Field.Files => p.Files,
                _ => Missing,
            },
            FileLinks f => field switch
            {
                Field.Html => f.Html,
                Field.Print => f.Print,
                Field.Pdf => f.Pdf,
                Field.Text => f.Text,
                _ => Missing,
            },
            PageModel => field switch
            {
                Field.Leaflet => leaflet,
                Field.Trust => trust,
                Field.Page => page,
                Field.Labels => labels.ForTemplates(plain),
                _ => Missing,
            },
            _ => Missing,
        };
    }

    private object? Leaflet(LeafletView v, Field field) => field switch
    {
        Field.Title => v.Title,
        Field.Slug => v.Slug,
        Field.Language => v.Language,
        Field.Direction => v.Direction,
        Field.ResourceNumber => v.ResourceNumber,
        Field.Published => ScriptModel.Date(v.PublishedDate, v.Published, labels, plain),
        Field.Review => ScriptModel.Date(v.ReviewDate, v.Review, labels, plain),
        Field.Owner => v.Owner,
        Field.Department => v.Department,
        Field.Summary => v.Summary,
        Field.Sections => v.Sections,
        Field.Contacts => v.Contacts,
        Field.OutOfHours => v.OutOfHours,
        Field.ReviewStatus => v.ReviewStatus,
        Field.ReviewStatusLabel => v.ReviewStatusLabel,
        _ => Missing,
    };

    /// <summary>Each member number's field: the names are exactly <see cref="ScriptModel"/>'s.</summary>
    private static Field[] FieldTable()
    {
        (string Name, Field Field)[] names =
        [
            ("leaflet", Field.Leaflet), ("trust", Field.Trust), ("page", Field.Page), ("labels", Field.Labels),
            ("title", Field.Title), ("slug", Field.Slug), ("language", Field.Language), ("direction", Field.Direction),
            ("resource_number", Field.ResourceNumber), ("published", Field.Published), ("review", Field.Review),
            ("owner", Field.Owner), ("department", Field.Department), ("summary", Field.Summary),
            ("sections", Field.Sections), ("contacts", Field.Contacts), ("out_of_hours", Field.OutOfHours),
            ("review_status", Field.ReviewStatus), ("review_status_label", Field.ReviewStatusLabel),
            ("heading", Field.Heading), ("anchor", Field.Anchor), ("blocks", Field.Blocks), ("kind", Field.Kind),
            ("text", Field.Text), ("items", Field.Items), ("name", Field.Name), ("purpose", Field.Purpose),
            ("phone", Field.Phone), ("phone_link", Field.PhoneLink), ("hours", Field.Hours), ("email", Field.Email),
            ("email_link", Field.EmailLink), ("organisation", Field.Organisation), ("footer", Field.Footer),
            ("alternative_formats", Field.AlternativeFormats), ("logo", Field.Logo), ("logo_alt", Field.LogoAlt),
            ("format", Field.Format), ("large_print", Field.LargePrint), ("files", Field.Files), ("html", Field.Html),
            ("print", Field.Print), ("pdf", Field.Pdf),
        ];
        var keys = names.Select(n => MemberKeys.Of(n.Name)).ToArray();
        var table = new Field[keys.Max() + 1];
        for (var i = 0; i < names.Length; i++) table[keys[i]] = names[i].Field;
        return table;
    }
}
