using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

public class LeafletViewBuilderTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private const string Yaml = """
        title: Risks & benefits
        resource_number: 5373/VER1
        published: 2023-06
        review: 2026-06
        owner: Pain nurses
        sections:
          - heading: Risks
            body:
              - A <b>bold</b> claim.
              - note: Do **not** drive.
          - heading: Risks
            body:
              - bullets: [One, Two]
              - steps: [First, Second]
          - heading: "عن العلاج"
            body: [Text]
        contacts:
          - name: Pain nurses
            phone: 020 7188 4714
            email: pain@example.nhs.uk
        """;

    private static Leaflet Load(string yaml)
        => LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml", yaml)).Leaflet!;

    [Fact]
    public void Dates_are_written_as_month_and_year_and_the_status_is_as_of_the_date_given()
    {
        var view = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Html);
        Assert.Equal(("June 2023", "June 2026"), (view.Published, view.Review));
        Assert.Equal(("overdue", "Overdue"), (view.ReviewStatus, view.ReviewStatusLabel));
        var earlier = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, new DateOnly(2026, 5, 1),
            InlineStyle.Html);
        Assert.Equal(("due-soon", "Due soon"), (earlier.ReviewStatus, earlier.ReviewStatusLabel));
    }

    [Fact]
    public void Html_views_are_escaped_and_text_views_are_not()
    {
        var html = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Html);
        var text = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Text);
        Assert.Equal("Risks &amp; benefits", html.Title);
        Assert.Equal("Risks & benefits", text.Title);
        Assert.Equal("A &lt;b&gt;bold&lt;/b&gt; claim.", html.Sections[0].Blocks[0].Text);
        Assert.Equal("A <b>bold</b> claim.", text.Sections[0].Blocks[0].Text);
        Assert.Equal(new BlockView("note", "Do <strong>not</strong> drive.", []), html.Sections[0].Blocks[1]);
    }

    [Fact]
    public void Every_block_kind_is_kept_in_order()
    {
        var blocks = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf,
            InlineStyle.Text).Sections[1].Blocks;
        Assert.Equal(["bullets", "steps"], blocks.Select(b => b.Kind));
        Assert.Equal(["One", "Two"], blocks[0].Items);
        Assert.Equal(["First", "Second"], blocks[1].Items);
    }

    [Fact]
    public void Sections_get_unique_anchors()
    {
        var sections = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Html).Sections;
        Assert.Equal(["risks", "risks-2", "section-3"], sections.Select(s => s.Anchor));
    }

    [Fact]
    public void Contacts_get_tel_and_mailto_links()
    {
        var contact = Assert.Single(
            LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Html).Contacts);
        Assert.Equal(
            new ContactView("Pain nurses", null, "020 7188 4714", "tel:+442071884714", null, "pain@example.nhs.uk",
            "mailto:pain@example.nhs.uk"), contact);
    }

    [Fact]
    public void Language_comes_from_the_leaflet_else_the_config_and_sets_the_direction()
    {
        var english = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default with { Language = "cy" }, AsOf,
            InlineStyle.Html);
        Assert.Equal(("cy", "ltr"), (english.Language, english.Direction));
        var arabic = LeafletViewBuilder.Build(Load(Yaml + "\nlanguage: ar"), ProjectConfig.Default, AsOf,
            InlineStyle.Html);
        Assert.Equal(("ar", "rtl"), (arabic.Language, arabic.Direction));
    }

    [Theory]
    [InlineData("en-GB", "ltr")]
    [InlineData("ar", "rtl")]
    [InlineData("ur-PK", "rtl")]
    [InlineData("he", "rtl")]
    [InlineData("fa-IR", "rtl")]
    [InlineData("pa-Arab", "rtl")]
    [InlineData("az-Latn", "ltr")]
    [InlineData("pl", "ltr")]
    public void Right_to_left_languages(string tag, string direction)
    {
        Assert.Equal(direction, TextDirection.Of(tag));
    }

    [Fact]
    public void Optional_fields_are_null_when_left_out_and_the_trust_text_comes_from_the_config()
    {
        var view = LeafletViewBuilder.Build(Load(Yaml), ProjectConfig.Default, AsOf, InlineStyle.Html);
        Assert.Null(view.Summary);
        Assert.Null(view.Department);
        Assert.Null(view.OutOfHours);
        var trust = LeafletViewBuilder.Trust(ProjectConfig.Default with { Footer = "Call PALS on 020 7188 8801." },
            InlineStyle.Html);
        Assert.Equal("Call PALS on <a class=\"phone\" dir=\"ltr\" href=\"tel:+442071888801\">020 7188 8801</a>.",
            trust.Footer);
        Assert.Equal(ProjectConfig.Default.AlternativeFormats, trust.AlternativeFormats);
        Assert.Equal("en-GB", trust.Language);
    }
}
