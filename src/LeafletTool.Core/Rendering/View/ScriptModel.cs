using LeafletTool.Core.Dates;
using LeafletTool.Core.Rendering.Templates;
using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Hands the views to Scriban as plain objects with snake_case names (<c>leaflet.resource_number</c>).
/// Written out by hand, not by reflection, so the names templates may use are exactly these and stay AOT-safe.
/// Members are added with <see cref="ScriptObject.Add"/>, not <c>["name"] = value</c>: the indexer looks the name up
/// first to see whether it is read-only, a second hash of every name (docs/performance.md). The objects come
/// from <see cref="ModelObjects"/>: new, or reused from the previous page of the same renderer (its RenderWorker).
/// </summary>
public static class ScriptModel
{
    /// <summary>The globals of a leaflet template: <c>leaflet</c>, <c>trust</c>, <c>page</c> and <c>labels</c> (the
    /// built-in table of the leaflet's language); every object new.</summary>
    public static ScriptObject ForLeaflet(LeafletView leaflet, TrustView trust, PageView page)
        => ForLeaflet(leaflet, trust, page, LabelTables.BuiltIn.For(leaflet.Language), ModelObjects.Fresh);

    /// <summary>The same with the leaflet's label table (its dates are written in that language), made of
    /// <paramref name="o"/>'s objects (reused ones must be let go when the page is rendered).</summary>
    internal static ScriptObject ForLeaflet(LeafletView leaflet, TrustView trust, PageView page, LabelTable labels,
        ModelObjects o)
    {
        var model = o.Object(4);
        Fill(model, leaflet, trust, page, labels, o);
        return model;
    }

    /// <summary>Adds the globals of a leaflet template to <paramref name="model"/> (<see cref="PageModel"/>).
    /// </summary>
    internal static void Fill(ScriptObject model, LeafletView leaflet, TrustView trust, PageView page,
        LabelTable labels, ModelObjects o)
    {
        var plain = page.Format == "text";
        model.Add("leaflet", Leaflet(leaflet, labels, plain, o));
        model.Add("trust", Trust(trust, o));
        model.Add("page", Page(page, o));
        model.Add("labels", labels.ForTemplates(plain));
    }

    /// <summary>The globals of the index template: <c>index</c>, <c>trust</c> and <c>labels</c> (of the configured
    /// language).</summary>
    public static ScriptObject ForIndex(IndexView index) => ForIndex(index, LabelTables.BuiltIn.For(index.Language));

    /// <summary>The same with the label table of the configured language.</summary>
    public static ScriptObject ForIndex(IndexView index, LabelTable labels)
    {
        var o = ModelObjects.Fresh;
        var list = o.Object(2);
        list.Add("language", index.Language);
        // Each entry becomes an object only as the template reaches it: an index of 100,000 leaflets is not held whole.
        list.Add("leaflets", new LazyModelList<IndexEntry>(index.Leaflets, Entry));
        var model = o.Object(3);
        model.Add("index", list);
        model.Add("trust", Trust(index.Trust, o));
        model.Add("labels", labels.ForTemplates(plain: false));
        return model;
    }

    private static ScriptObject Leaflet(LeafletView v, LabelTable labels, bool plain, ModelObjects o)
    {
        var model = o.Object(15);
        model.Add("title", v.Title);
        model.Add("slug", v.Slug);
        model.Add("language", v.Language);
        model.Add("direction", v.Direction);
        model.Add("resource_number", v.ResourceNumber);
        model.Add("published", Date(v.PublishedDate, v.Published, labels, plain));
        model.Add("review", Date(v.ReviewDate, v.Review, labels, plain));
        model.Add("owner", v.Owner);
        model.Add("department", v.Department);
        model.Add("summary", v.Summary);
        model.Add("sections", List(v.Sections, Section, o));
        model.Add("contacts", List(v.Contacts, Contact, o));
        model.Add("out_of_hours", v.OutOfHours);
        model.Add("review_status", v.ReviewStatus);
        model.Add("review_status_label", v.ReviewStatusLabel);
        return model;
    }

    internal static string Date(LeafletDate? date, string asWritten, LabelTable labels, bool plain) =>
        date is { } d ? labels.Date(d, plain) : asWritten;

    private static ScriptObject Section(SectionView s, ModelObjects o)
    {
        var model = o.Object(3);
        model.Add("heading", s.Heading);
        model.Add("anchor", s.Anchor);
        model.Add("blocks", List(s.Blocks, Block, o));
        return model;
    }

    private static ScriptObject Block(BlockView b, ModelObjects o)
    {
        var model = o.Object(3);
        model.Add("kind", b.Kind);
        model.Add("text", b.Text);
        model.Add("items", List(b.Items, (i, _) => i, o));
        return model;
    }

    private static ScriptObject Contact(ContactView c, ModelObjects o)
    {
        var model = o.Object(7);
        model.Add("name", c.Name);
        model.Add("purpose", c.Purpose);
        model.Add("phone", c.Phone);
        model.Add("phone_link", c.PhoneLink);
        model.Add("hours", c.Hours);
        model.Add("email", c.Email);
        model.Add("email_link", c.EmailLink);
        return model;
    }

    private static ScriptObject Trust(TrustView t, ModelObjects o)
    {
        var model = o.Object(6);
        model.Add("organisation", t.Organisation);
        model.Add("footer", t.Footer);
        model.Add("alternative_formats", t.AlternativeFormats);
        model.Add("language", t.Language);
        model.Add("logo", t.Logo);
        model.Add("logo_alt", t.LogoAlt);
        return model;
    }

    private static ScriptObject Page(PageView p, ModelObjects o)
    {
        var model = o.Object(3);
        model.Add("format", p.Format);
        model.Add("large_print", p.LargePrint);
        model.Add("files", Files(p.Files, o));
        return model;
    }

    private static ScriptObject Files(FileLinks f, ModelObjects o)
    {
        var model = o.Object(4);
        model.Add("html", f.Html);
        model.Add("print", f.Print);
        model.Add("pdf", f.Pdf);
        model.Add("text", f.Text);
        return model;
    }

    private static ScriptObject Entry(IndexEntry e, ModelObjects o)
    {
        var model = o.Object(11);
        model.Add("title", e.Title);
        model.Add("slug", e.Slug);
        model.Add("language", e.Language);
        model.Add("direction", e.Direction);
        model.Add("resource_number", e.ResourceNumber);
        model.Add("owner", e.Owner);
        model.Add("published", e.Published);
        model.Add("review", e.Review);
        model.Add("review_status", e.ReviewStatus);
        model.Add("review_status_label", e.ReviewStatusLabel);
        model.Add("files", Files(e.Files, o));
        return model;
    }

    // By index, not foreach: an IReadOnlyList's enumerator is an allocation, and there are about 80 lists a page.
    private static ScriptArray List<T>(IReadOnlyList<T> items, Func<T, ModelObjects, object?> convert, ModelObjects o)
    {
        var array = o.Array(items.Count);
        for (var i = 0; i < items.Count; i++) array.Add(convert(items[i], o));
        return array;
    }
}
