using System.Buffers;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Tests.Building;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// A leaflet page whose compiled tree reads the views straight (<see cref="PageModel"/>, no Scriban objects) is
/// exactly what Scriban makes of the full model: text or error, for every field, and where the tree gives up on a
/// typed object or list (a truth test, a comparison, a size) and Scriban renders the page from the start.
/// </summary>
public class PageModelTests
{
    private static readonly DateOnly AsOf = new(2026, 11, 23);

    private const string EveryField =
        "{{ leaflet.title }}|{{ leaflet.slug }}|{{ leaflet.language }}|{{ leaflet.direction }}|"
        + "{{ leaflet.resource_number }}|{{ leaflet.published }}|{{ leaflet.review }}|{{ leaflet.owner }}|"
        + "{{ leaflet.department }}|{{ leaflet.summary }}|{{ leaflet.out_of_hours }}|{{ leaflet.review_status }}|"
        + "{{ leaflet.review_status_label }}|{{ trust.organisation }}|{{ trust.footer }}|"
        + "{{ trust.alternative_formats }}|{{ trust.language }}|{{ trust.logo }}|{{ trust.logo_alt }}|"
        + "{{ page.format }}|{{ page.large_print }}|{{ page.files.html }}|{{ page.files.print }}|"
        + "{{ page.files.pdf }}|{{ page.files.text }}|{{ labels.contact_us }}\n"
        + "{{ for s in leaflet.sections }}{{ for.index }}#{{ s.anchor }} {{ s.heading }}\n"
        + "{{ for b in s.blocks }}{{ case b.kind }}{{ when 'bullets', 'steps' }}"
        + "{{ for i in b.items }}{{ for.index + 1 }}. {{ i }};{{ end }}{{ else }}{{ b.kind }}: {{ b.text }}{{ end }}\n"
        + "{{ end }}{{ end }}"
        + "{{ for c in leaflet.contacts }}{{ c.name }}|{{ c.purpose }}|{{ c.phone }}|{{ c.phone_link }}|{{ c.hours }}|"
        + "{{ c.email }}|{{ c.email_link }}{{ if c.email && c.phone == null }}!{{ end }}\n{{ end }}";

    public static TheoryData<string, string, bool> Cases() => new()
    {
        // name, template, whether the page is rendered without the Scriban objects
        { "every field", EveryField, true },
        { "truth and comparison of text", "{{ if leaflet.summary }}s{{ end }}{{ leaflet.title == 'x' }}"
            + "{{ (page.large_print ? 'big' : 'small') }}{{ leaflet.department || trust.footer }}", true },
        { "a list's truth", "a{{ if leaflet.sections }}yes{{ else }}no{{ end }}", false },
        { "a list compared", "{{ leaflet.contacts == null }}{{ page.files != null }}", false },
        { "an object's truth", "{{ if page.files && trust }}both{{ end }}", false },
        { "an object written out", "{{ leaflet.title }}{{ page.files }}", false },
        { "a list's size", "{{ leaflet.sections.size }}", false },
        { "case of an object", "{{ case trust }}{{ when 'a' }}a{{ else }}b{{ end }}", false },
        { "a misspelt field", "{{ leaflet.title }}{{ leaflet.titel }}", false },
        { "a field of another object", "{{ for s in leaflet.sections }}{{ s.title }}{{ end }}", false },
        { "a misspelt global", "{{ leaflets.title }}", false },
        { "a list assigned, then looped over", "{{ x = leaflet.sections }}{{ for s in x }}{{ s.heading }};{{ end }}",
            true },
        { "a global assigned over", "{{ leaflet = 'plain' }}{{ leaflet }}", true },
        { "a global assigned over, then a field of it", "{{ leaflet = 'plain' }}{{ leaflet.title }}", false },
        { "a loop over an object", "{{ for x in page }}{{ x }}{{ end }}", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_tree_on_the_views_renders_as_Scriban_on_the_model(string name, string page, bool typed)
    {
        var files = new Dictionary<string, string>
        {
            ["html/leaflet.html"] = page,
            ["print/leaflet.html"] = page,
            ["text/leaflet.txt"] = page,
        };
        foreach (var format in PageFormats.All)
        {
            var (tree, filled) = Render(files, directIncludes: true, format);
            var (scriban, _) = Render(files, directIncludes: false, format);
            Assert.True(scriban == tree, $"{name} ({format}): Scriban gave {scriban}, the tree {tree}");
            Assert.Equal(!typed, filled);
        }
    }

    [Fact]
    public void The_shipped_templates_render_every_page_without_the_Scriban_objects_and_as_Scriban_does()
    {
        var root = Path.Combine(Repository.Root(), "templates");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
        foreach (var format in PageFormats.All)
        {
            var (tree, filled) = Render(files, directIncludes: true, format);
            var (scriban, _) = Render(files, directIncludes: false, format);
            Assert.False(filled, format.ToString());
            Assert.Equal(scriban, tree);
            Assert.StartsWith("text: ", tree, StringComparison.Ordinal);
        }
    }

    private static (string Result, bool Filled) Render(Dictionary<string, string> files, bool directIncludes,
        PageFormat format)
    {
        var entries = PageFormats.All.Select(f => f.Template());
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), entries, directIncludes);
        Assert.Empty(errors);
        var renderer = new LeafletRenderer(set!);
        var leaflet = LeafletLoader.Load(SourceDocument.FromText("leaflets/cryotherapy-chronic-pain.yaml",
            Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml"))).Leaflet!;
        var request = new RenderRequest(leaflet, ProjectConfig.Default, AsOf, true,
            new FileLinks("a.html", null, "a.pdf", "a.txt"));
        var worker = new RenderWorker();
        var bytes = new ArrayBufferWriter<byte>();
        var error = renderer.RenderUtf8(request, format, null, bytes, worker);
        var result = error is null ? "text: " + Encoding.UTF8.GetString(bytes.WrittenSpan) : "error: " + error;
        return (result, worker.Model.Filled);
    }
}
