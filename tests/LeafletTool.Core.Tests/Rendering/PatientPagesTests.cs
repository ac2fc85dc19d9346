using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Tests.Building;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>The repository's templates on what a patient sees: labels in the leaflet's language, the urgent card,
/// the trust's logo, the link back to the index, and no review status anywhere.</summary>
public class PatientPagesTests
{
    // Overdue as of the build's date, so any review status would show.
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static readonly FileLinks Files = new("x.html", "x.print.html", null, "x.txt");

    private static Leaflet Load(string language) => LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml",
        TestLeaflet.With(TestLeaflet.WithParagraph("- urgent: Call 999 if you cannot breathe."),
            "owner:", $"owner: Nurses\nlanguage: {language}"))).Leaflet!;

    private static string Render(Leaflet leaflet, PageFormat format, ProjectConfig? config = null)
    {
        var result = new LeafletRenderer(RepoTemplates.Set).Render(
            new RenderRequest(leaflet, config ?? ProjectConfig.Default, AsOf, false, Files), format);
        Assert.Null(result.Error);
        return result.Text!;
    }

    private static string Index(params Leaflet[] leaflets)
    {
        var built = leaflets.Select(l => new IndexViewBuilder.Built(
            LeafletViewBuilder.Build(l, ProjectConfig.Default, AsOf, Core.Rendering.Inline.InlineStyle.Html), Files));
        var result = new LeafletRenderer(RepoTemplates.Set).RenderIndex(ProjectConfig.Default, built);
        Assert.Null(result.Error);
        return result.Text!;
    }

    [Theory]
    [InlineData(PageFormat.Html)]
    [InlineData(PageFormat.Print)]
    [InlineData(PageFormat.Text)]
    public void A_welsh_leaflet_has_welsh_labels_and_dates(PageFormat format)
    {
        var page = Render(Load("cy"), format);
        Assert.Contains("Cysylltu â ni", page, StringComparison.Ordinal);
        Assert.Contains("Dyddiad adolygu: Mehefin 2026", page, StringComparison.Ordinal);
        Assert.Contains("Cyhoeddwyd: Mehefin 2023", page, StringComparison.Ordinal);
        Assert.Contains("Cyngor brys:", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Contact us", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Review date", page, StringComparison.Ordinal);
        Assert.DoesNotContain("June", page, StringComparison.Ordinal);
        if (format == PageFormat.Print)
        {
            Assert.Contains("content: \"Tudalen \" counter(page) \" o \" counter(pages);", page,
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_english_leaflet_keeps_its_english_labels()
    {
        var page = Render(Load("en-GB"), PageFormat.Html);
        Assert.Contains("<h2 id=\"contact-us\">Contact us</h2>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Review date: June 2026</p>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Urgent_advice_says_so_in_words_on_every_page()
    {
        Assert.Contains("<div class=\"urgent\" role=\"note\">\n<p class=\"urgent-heading\">Urgent advice:</p>\n"
            + "<div class=\"urgent-body\"><p>Call <a class=\"phone\" dir=\"ltr\" href=\"tel:999\">999</a> if you "
            + "cannot breathe.</p></div>",
            Render(Load("en-GB"), PageFormat.Html), StringComparison.Ordinal);
        Assert.Contains("Urgent advice:</p>", Render(Load("en-GB"), PageFormat.Print), StringComparison.Ordinal);
        Assert.Contains("Urgent advice: Call 999 if you cannot breathe.", Render(Load("en-GB"), PageFormat.Text),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_page_links_back_to_the_index_and_the_print_and_text_pages_do_not()
    {
        Assert.Contains("<a href=\"index.html\">All leaflets</a>", Render(Load("en-GB"), PageFormat.Html),
            StringComparison.Ordinal);
        Assert.Contains("<a href=\"index.html\">Pob taflen</a>", Render(Load("cy"), PageFormat.Html),
            StringComparison.Ordinal);
        Assert.DoesNotContain("index.html", Render(Load("en-GB"), PageFormat.Print), StringComparison.Ordinal);
        Assert.DoesNotContain("index.html", Render(Load("en-GB"), PageFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void The_logo_is_embedded_with_its_alternative_text()
    {
        var config = ProjectConfig.Default with
        {
            Logo = new LogoSetting("logo.png", "Example \"NHS\" Trust", SourcePosition.Start)
            {
                DataUri = "data:image/png;base64,iVBORw0KGgo=",
            },
        };
        var html = Render(Load("en-GB"), PageFormat.Html, config);
        Assert.Contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Example &quot;NHS&quot; "
            + "Trust\">", html, StringComparison.Ordinal);
        Assert.Contains("<img class=\"logo\"", Render(Load("en-GB"), PageFormat.Print, config),
            StringComparison.Ordinal);
        Assert.DoesNotContain("<img", Render(Load("en-GB"), PageFormat.Html), StringComparison.Ordinal);
    }

    [Fact]
    public void No_patient_facing_page_shows_a_review_status()
    {
        var overdue = Load("en-GB");
        Assert.Equal("overdue", LeafletViewBuilder.Build(overdue, ProjectConfig.Default, AsOf,
            Core.Rendering.Inline.InlineStyle.Html).ReviewStatus);
        foreach (var page in (string[])[Index(overdue, Load("cy")), Render(overdue, PageFormat.Html),
            Render(overdue, PageFormat.Print), Render(overdue, PageFormat.Text)])
        {
            Assert.DoesNotContain("overdue", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("review status", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("due soon", page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_index_is_a_list_not_a_table()
    {
        var index = Index(Load("en-GB"), Load("cy"));
        Assert.Contains("<ul class=\"leaflet-list\">", index, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", index, StringComparison.Ordinal);
        Assert.Contains("<p>2 leaflets, by title.</p>", index, StringComparison.Ordinal);
        Assert.Contains("<p>1 leaflet, by title.</p>", Index(Load("en-GB")), StringComparison.Ordinal);
    }
}
