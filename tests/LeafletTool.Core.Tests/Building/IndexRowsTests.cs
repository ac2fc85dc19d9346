using LeafletTool.Core.Building;
using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Building;

/// <summary>
/// The index keeps a compact row of each leaflet built, and gives back every heading field of its html view: the
/// view as the index used to keep it (the body left out), field for field, in the order of the places.
/// </summary>
public class IndexRowsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static LeafletView View(string name, string yaml)
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText(name, yaml)).Leaflet!;
        var config = ProjectConfig.Default with { Organisation = "Example NHS Trust" };
        return new RenderWorker().View(leaflet, config, AsOf, InlineStyle.Html);
    }

    [Fact]
    public void Every_heading_field_comes_back_as_the_html_view_without_its_body()
    {
        var sample = View("leaflets/cryotherapy-chronic-pain.yaml",
            Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml"));
        var small = View("leaflets/small.yaml", TestLeaflet.WithParagraph("- A line."));
        var alike = View("leaflets/alike.yaml", TestLeaflet.WithParagraph("- Another line."));
        var rows = new IndexRows(5);
        rows.Keep(3, small);
        rows.Keep(0, sample);
        rows.Keep(4, alike);

        var built = rows.Built(slug => new FileLinks(slug + ".html", null, null, slug + ".txt")).ToList();

        LeafletView Heading(LeafletView v) =>
            v with { Summary = null, Sections = [], Contacts = [], OutOfHours = null };
        Assert.Equal([Heading(sample), Heading(small), Heading(alike)], built.Select(b => b.View));
        Assert.Equal(new FileLinks("small.html", null, null, "small.txt"), built[1].Files);
        // Two leaflets with the same language, owner, dates and status share one record of those.
        Assert.Same(built[1].View.Owner, built[2].View.Owner);
    }

    [Fact]
    public void The_entries_are_those_the_index_made_of_the_views_and_in_its_order()
    {
        string[] titles = ["b leaflet", "A leaflet", "a leaflet", "B leaflet", "a leaflet", "A leaflet", "Zed"];
        var rows = new IndexRows(titles.Length + 2);
        var config = ProjectConfig.Default with { Organisation = "Example NHS Trust" };
        var view = View("leaflets/small.yaml", TestLeaflet.WithParagraph("- A line."));
        int[] places = [8, 0, 5, 2, 7, 3, 6];
        for (var i = 0; i < titles.Length; i++)
        {
            rows.Keep(places[i], view with { Title = titles[i], Slug = $"s-{(i * 5) % 7}" });
        }

        static FileLinks Files(string slug) => new(slug + ".html", slug + ".print.html", null, null);

        var entries = rows.Entries(Files);

        Assert.Equal(IndexViewBuilder.Build(config, rows.Built(Files)).Leaflets, entries.ToList());
        Assert.Equal(titles.Length, entries.Count);
        Assert.Equal(entries[3], entries[3]);
    }

    [Fact]
    public void Titles_slugs_and_numbers_come_back_as_they_were_kept_in_any_script_and_length()
    {
        var texts = new RowTexts();
        string[] odd = ["", "caf\u00e9 \u00ff", "\u0100 Welsh \u0175", "\u4e2d\u6587", "\ud83d\ude00", "lone \ud800",
            new string('t', 70_000), new string('\u2014', 40_000)];
        var kept = new (long At, string Title, string Slug, string Number)[4_000];
        Parallel.For(0, kept.Length, i =>
        {
            var title = odd[i % odd.Length] + $" leaflet {i}";
            var slug = $"slug-{i}" + (i % 5 == 0 ? odd[(i / 5) % odd.Length] : "");
            var number = i % 3 == 0 ? "" : $"{i}/VER{i % 7}{odd[(i / 3) % odd.Length]}";
            kept[i] = (texts.Keep(title, slug, number), title, slug, number);
        });

        foreach (var (at, title, slug, number) in kept) Assert.Equal((title, slug, number), texts.Read(at));
        for (var i = 0; i < kept.Length; i += 7)
        {
            var (a, b) = (kept[i], kept[(i * 31) % kept.Length]);
            Assert.Equal(Math.Sign(IndexViewBuilder.Order(a.Title, a.Slug, b.Title, b.Slug)),
                Math.Sign(texts.CompareForIndex(a.At, b.At)));
        }
    }

    [Theory]
    [InlineData("Angioplasty", "a", "angioplasty", "b")]
    [InlineData("angioplasty", "a", "Angioplasty", "a")]
    [InlineData("Back pain", "z", "back pain", "z")]
    [InlineData("Caf\u00e9", "x", "CAF\u00c9", "x")]
    [InlineData("\u0100 Welsh", "x", "\u0101 welsh", "y")]
    [InlineData("Same", "slug-1", "Same", "slug-2")]
    public void Rows_compare_as_the_index_orders_their_titles_and_slugs(string title, string slug, string other,
        string otherSlug)
    {
        var texts = new RowTexts();
        var (a, b) = (texts.Keep(title, slug, "1"), texts.Keep(other, otherSlug, "2"));

        Assert.Equal(Math.Sign(IndexViewBuilder.Order(title, slug, other, otherSlug)),
            Math.Sign(texts.CompareForIndex(a, b)));
        Assert.Equal(Math.Sign(IndexViewBuilder.Order(other, otherSlug, title, slug)),
            Math.Sign(texts.CompareForIndex(b, a)));
        Assert.Equal(0, texts.CompareForIndex(a, a));
    }
}
