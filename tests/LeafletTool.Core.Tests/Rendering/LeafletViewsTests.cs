using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Inline;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// The views of one leaflet share what they can: print is the HTML view unless a link's address is written out.
/// </summary>
public class LeafletViewsTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static Leaflet Load(string paragraph) => LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml", $"""
        title: Risks & benefits
        resource_number: 5373/VER1
        published: 2023-06
        review: 2026-06
        owner: Pain nurses
        sections:
          - heading: Risks
            body:
              - "{paragraph}"
        """)).Leaflet!;

    [Fact]
    public void Print_is_the_html_view_when_no_address_is_written_out()
    {
        var leaflet = Load("See [https://www.nhs.uk](https://www.nhs.uk) or phone 020 7188 4714.");
        var views = new LeafletViews(leaflet, ProjectConfig.Default, AsOf);
        Assert.Same(views.For(InlineStyle.Html), views.For(InlineStyle.Print));
        Assert.NotSame(views.For(InlineStyle.Html), views.For(InlineStyle.Text));
    }

    [Fact]
    public void Print_has_its_own_view_when_a_link_address_is_written_out()
    {
        var views = new LeafletViews(Load("See [the NHS website](https://www.nhs.uk)."), ProjectConfig.Default, AsOf);
        var print = views.For(InlineStyle.Print);
        Assert.NotSame(views.For(InlineStyle.Html), print);
        Assert.Equal("See <a href=\"https://www.nhs.uk\">the NHS website</a> (https://www.nhs.uk).",
            print.Sections[0].Blocks[0].Text);
        Assert.Equal("See <a href=\"https://www.nhs.uk\">the NHS website</a>.",
            views.For(InlineStyle.Html).Sections[0].Blocks[0].Text);
    }

    [Fact]
    public void A_render_worker_reuses_the_views_of_the_same_leaflet_config_and_date_only()
    {
        var leaflet = Load("Text.");
        var worker = new RenderWorker();
        var html = worker.View(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Html);
        Assert.Same(html, worker.View(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Html));
        Assert.Same(html, worker.View(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Print));
        Assert.NotSame(html, new RenderWorker().View(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Html));
        Assert.NotSame(html, LeafletViewBuilder.Build(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Html));
        var later = ProjectConfig.Default with { DueSoonDays = 400 };
        Assert.NotSame(html, worker.View(leaflet, later, AsOf, InlineStyle.Html));
        Assert.NotSame(html, worker.View(leaflet, ProjectConfig.Default, AsOf.AddDays(1), InlineStyle.Html));
        Assert.NotSame(html, worker.View(Load("Text."), ProjectConfig.Default, AsOf, InlineStyle.Html));
    }

    [Theory]
    [InlineData("Plain text.", "Plain text.")]
    [InlineData("Risks & *benefits* <b>", "See [the NHS website](https://www.nhs.uk).")]
    [InlineData("Phone 020 7188 4714 or 111", "Call 999 if you  cannot breathe.")]
    [InlineData("Already [here](mailto:a@b.nhs.uk)", "Say 'no' & 'yes' > ok.")]
    public void The_text_view_made_from_the_html_view_is_the_one_built_for_text(string heading, string text)
    {
        var leaflet = LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml", $"""
            title: "{heading}"
            resource_number: 5373/VER1
            published: 2023-06
            review: not a date
            owner: "Pain & nurses"
            department: "{text}"
            summary: "{text}"
            sections:
              - heading: "{heading}"
                body:
                  - "{text}"
                  - Plain words.
                  - note: "{text}"
                  - urgent: Plain words.
                  - bullets: ["Plain.", "{text}"]
                  - steps: ["Plain.", "More plain."]
              - heading: Plain heading
                body:
                  - Plain words.
            contacts:
              - name: "{heading}"
                purpose: "{text}"
                phone: 020 7188 4714
                email: a@b.nhs.uk
            out_of_hours: "{text}"
            """)).Leaflet!;
        var views = new LeafletViews(leaflet, ProjectConfig.Default, AsOf);
        views.For(InlineStyle.Html);
        var built = LeafletViewBuilder.Build(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Text);
        Assert.Equal(Flat(built), Flat(views.For(InlineStyle.Text)));
    }

    /// <summary>The same on every leaflet the repository has: the sample, the seed's, and the test cases.</summary>
    [Fact]
    public void The_derived_text_view_is_the_built_one_on_every_leaflet_of_the_repository()
    {
        var files = new[] { Repository.Path("leaflets"), Repository.Path("tests", "Seed", "leaflets") }
            .SelectMany(d => Directory.GetFiles(d, "*.yaml"))
            .Concat(Directory.GetFiles(Repository.Path("tests"), "*.yaml", SearchOption.AllDirectories)
                .Where(f => f.Contains("Cases", StringComparison.Ordinal)))
            .Where(f => !f.EndsWith("leaflettool.yaml", StringComparison.Ordinal));
        var compared = 0;
        foreach (var file in files)
        {
            if (LeafletLoader.Load(SourceDocument.FromText(file, File.ReadAllText(file))).Leaflet is not { } leaflet)
                continue;
            var views = new LeafletViews(leaflet, ProjectConfig.Default, AsOf);
            views.For(InlineStyle.Html);
            var built = LeafletViewBuilder.Build(leaflet, ProjectConfig.Default, AsOf, InlineStyle.Text);
            Assert.True(Flat(built).SequenceEqual(Flat(views.For(InlineStyle.Text))), file);
            compared++;
        }

        Assert.True(compared >= 20, $"only {compared} leaflets loaded");
    }

    private static List<string?> Flat(LeafletView v)
    {
        List<string?> flat = [v.Title, v.Slug, v.Language, v.Direction, v.ResourceNumber, v.Published, v.Review,
            v.PublishedDate?.Display, v.ReviewDate?.Display, v.Owner, v.Department, v.Summary, v.OutOfHours,
            v.ReviewStatus, v.ReviewStatusLabel];
        foreach (var s in v.Sections)
        {
            flat.AddRange([s.Heading, s.Anchor]);
            foreach (var b in s.Blocks) flat.AddRange([b.Kind, b.Text, .. b.Items, "/"]);
        }

        foreach (var c in v.Contacts) flat.AddRange([c.Name, c.Purpose, c.Phone, c.PhoneLink, c.Hours, c.Email,
            c.EmailLink]);
        return flat;
    }

    [Fact]
    public void Text_already_normal_is_returned_as_it_is_and_other_text_is_normalised()
    {
        const string normal = "One two three.";
        Assert.Same(normal, TextNormaliser.Normalise(normal));
        Assert.Equal("One two", TextNormaliser.Normalise(" One  two"));
        Assert.Equal("One two", TextNormaliser.Normalise("One\u00A0two "));
        var bell = "One\u0085two".Replace("\u0085", "\u0007", StringComparison.Ordinal);
        Assert.Equal("Onetwo", TextNormaliser.Normalise(bell));
    }
}
