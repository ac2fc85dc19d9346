using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.View;

/// <summary>
/// Hands the views to Scriban as plain objects with snake_case names (<c>leaflet.resource_number</c>).
/// Written out by hand, not by reflection, so the names templates may use are exactly these and stay AOT-safe.
/// Members are added with <c>{ "name", value }</c> (<see cref="ScriptObject.Add"/>), not <c>["name"] = value</c>: the
/// indexer looks the name up first to see whether it is read-only, a second hash of every name (measured: the model
/// took 0.012 ms and 23.7 KB a page before, see docs/performance-render2.md).
/// </summary>
public static class ScriptModel
{
    /// <summary>The globals of a leaflet template: <c>leaflet</c>, <c>trust</c> and <c>page</c>.</summary>
    public static ScriptObject ForLeaflet(LeafletView leaflet, TrustView trust, PageView page) => new(3)
    {
        { "leaflet", Leaflet(leaflet) },
        { "trust", Trust(trust) },
        { "page", Page(page) },
    };

    /// <summary>The globals of the index template: <c>index</c> and <c>trust</c>.</summary>
    public static ScriptObject ForIndex(IndexView index) => new(2)
    {
        {
            "index", new ScriptObject(2)
            {
                { "language", index.Language },
                { "leaflets", List(index.Leaflets, Entry) },
            }
        },
        { "trust", Trust(index.Trust) },
    };

    private static ScriptObject Leaflet(LeafletView v) => new(15)
    {
        { "title", v.Title },
        { "slug", v.Slug },
        { "language", v.Language },
        { "direction", v.Direction },
        { "resource_number", v.ResourceNumber },
        { "published", v.Published },
        { "review", v.Review },
        { "owner", v.Owner },
        { "department", v.Department },
        { "summary", v.Summary },
        { "sections", List(v.Sections, Section) },
        { "contacts", List(v.Contacts, Contact) },
        { "out_of_hours", v.OutOfHours },
        { "review_status", v.ReviewStatus },
        { "review_status_label", v.ReviewStatusLabel },
    };

    private static ScriptObject Section(SectionView s) => new(3)
    {
        { "heading", s.Heading },
        { "anchor", s.Anchor },
        { "blocks", List(s.Blocks, Block) },
    };

    private static ScriptObject Block(BlockView b) => new(3)
    {
        { "kind", b.Kind },
        { "text", b.Text },
        { "items", List(b.Items, i => i) },
    };

    private static ScriptObject Contact(ContactView c) => new(7)
    {
        { "name", c.Name },
        { "purpose", c.Purpose },
        { "phone", c.Phone },
        { "phone_link", c.PhoneLink },
        { "hours", c.Hours },
        { "email", c.Email },
        { "email_link", c.EmailLink },
    };

    private static ScriptObject Trust(TrustView t) => new(4)
    {
        { "organisation", t.Organisation },
        { "footer", t.Footer },
        { "alternative_formats", t.AlternativeFormats },
        { "language", t.Language },
    };

    private static ScriptObject Page(PageView p) => new(3)
    {
        { "format", p.Format },
        { "large_print", p.LargePrint },
        { "files", Files(p.Files) },
    };

    private static ScriptObject Files(FileLinks f) => new(4)
    {
        { "html", f.Html },
        { "print", f.Print },
        { "pdf", f.Pdf },
        { "text", f.Text },
    };

    private static ScriptObject Entry(IndexEntry e) => new(11)
    {
        { "title", e.Title },
        { "slug", e.Slug },
        { "language", e.Language },
        { "direction", e.Direction },
        { "resource_number", e.ResourceNumber },
        { "owner", e.Owner },
        { "published", e.Published },
        { "review", e.Review },
        { "review_status", e.ReviewStatus },
        { "review_status_label", e.ReviewStatusLabel },
        { "files", Files(e.Files) },
    };

    // By index, not foreach: an IReadOnlyList's enumerator is an allocation, and there are about 80 lists a page.
    private static ScriptArray List<T>(IReadOnlyList<T> items, Func<T, object?> convert)
    {
        var array = new ScriptArray(items.Count);
        for (var i = 0; i < items.Count; i++) array.Add(convert(items[i]));
        return array;
    }
}
