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
}
