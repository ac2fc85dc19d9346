using System.Buffers;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>The build reuses a thread's model objects from page to page: nothing of one page may show in the
/// next.</summary>
public class ReusedModelTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private static string Yaml(string title, int sections) => $"""
        title: {title}
        resource_number: 5373/VER1
        published: 2023-06
        review: 2026-06
        owner: Pain nurses
        sections:
        {string.Concat(Enumerable.Range(1, sections).Select(i => $"  - heading: Part {i}\n    body:\n      - Text {i}.\n"))}contacts:
          - name: Pain clinic
            phone: 0161 123 4567
        """;

    private static RenderRequest Request(string title, int sections) => new(
        LeafletLoader.Load(SourceDocument.FromText("leaflets/x.yaml", Yaml(title, sections))).Leaflet!,
        ProjectConfig.Default, AsOf, false,
        new FileLinks("x.html", null, null, null));

    private static LeafletRenderer Renderer(string template)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(new() { ["html/leaflet.html"] = template }),
            ["html/leaflet.html"]);
        Assert.Empty(errors);
        return new LeafletRenderer(set!);
    }

    private static string Page(LeafletRenderer renderer, RenderRequest request)
    {
        var bytes = new ArrayBufferWriter<byte>();
        Assert.Null(renderer.RenderUtf8(request, PageFormat.Html, null, bytes));
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    [Fact]
    public void A_page_after_a_larger_one_shows_only_its_own_sections()
    {
        var renderer = Renderer("{{ leaflet.title }}:{{ for s in leaflet.sections }} {{ s.heading }}{{ end }} ({{ "
            + "leaflet.sections.size }})");

        Assert.Equal("Big: Part 1 Part 2 Part 3 Part 4 (4)", Page(renderer, Request("Big", 4)));
        Assert.Equal("Small: Part 1 (1)", Page(renderer, Request("Small", 1)));
        Assert.Equal("Small: Part 1 (1)", renderer.Render(Request("Small", 1), PageFormat.Html).Text);
    }

    [Fact]
    public void What_a_template_sets_on_the_model_is_gone_on_the_next_page()
    {
        var renderer = Renderer("{{ if leaflet | object.has_key 'extra' }}saw {{ leaflet.extra }} {{ end }}{{ "
            + "leaflet.title }}{{ leaflet.extra = leaflet.title; leaflet.title = 'changed' }}");

        Assert.Equal("First", Page(renderer, Request("First", 2)));
        Assert.Equal("Second", Page(renderer, Request("Second", 2)));
    }
}
