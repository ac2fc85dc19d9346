using LeafletTool.Core.Config;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// The index template gets its leaflets as a list whose entries become objects only as the template reads them: a
/// template reads it as it read the list of objects made before, and nothing holds every entry at once.
/// </summary>
public class IndexModelTests
{
    private const string Reads = "{{ index.leaflets.size }}|{{ index.leaflets.empty? }}|"
        + "{{ for l in index.leaflets }}{{ for.index }}{{ l.title }}{{ if for.last }}.{{ end }}{{ end }}|"
        + "{{ if index.leaflets.size > 1 }}{{ index.leaflets[1].slug }}{{ end }}|{{ index.leaflets[9] == null }}|"
        + "{{ if index.leaflets.size > 0 }}{{ (index.leaflets | array.sort 'resource_number' | array.first)"
        + ".resource_number }}{{ end }}|"
        + "{{ index.leaflets | array.map 'slug' | array.join ',' }}|"
        + "{{ for l in index.leaflets reversed limit:2 }}{{ l.files.html }}{{ end }}|"
        + "{{ for l in index.leaflets offset:1 }}{{ l.review_status_label }}{{ end }}|"
        + "{{ index.leaflets.size == 1 ? 'one' : ('{n} leaflets' | string.replace '{n}' ('' + index.leaflets.size)) }}";

    private static IndexView View(int count) => IndexViewBuilder.Build(ProjectConfig.Default,
        Enumerable.Range(0, count).Select(i => new IndexEntry($"Leaflet {i}", $"leaflet-{i}", "en", "ltr",
            $"R{9 - i}", "Owner", "June 2026", "June 2027", "current", $"Due {i}",
            new FileLinks($"leaflet-{i}.html", null, null, null))).ToList());

    /// <summary>The template rendered by Scriban (the compiled tree, trying first, could make an entry twice).
    /// </summary>
    private static string Render(string template, ScriptObject model)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(new() { ["html/index.html"] = template }), [],
            directIncludes: false);
        Assert.Empty(errors);
        var result = set!.Render("html/index.html", model);
        return result.Text ?? "error: " + result.Error!.Message;
    }

    /// <summary>The model as it was made before: every entry an object in a list of them.</summary>
    private static ScriptObject Whole(ScriptObject model)
    {
        var index = (ScriptObject)model["index"]!;
        var whole = new ScriptObject();
        foreach (var (name, value) in index) whole.Add(name, value);
        whole.SetValue("leaflets", new ScriptArray(((System.Collections.IList)index["leaflets"]!).Cast<object>()),
            false);
        var copy = new ScriptObject();
        foreach (var (name, value) in model) copy.Add(name, name == "index" ? whole : value);
        return copy;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_template_reads_the_entries_as_it_read_a_list_of_objects(int count)
    {
        var model = ScriptModel.ForIndex(View(count));

        var lazily = Render(Reads, model);

        Assert.Equal(Render(Reads, Whole(model)), lazily);
        Assert.DoesNotContain("error", lazily, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_entry_becomes_an_object_only_when_the_loop_reaches_it()
    {
        var made = 0;
        var model = new ScriptObject();
        model.Add("leaflets", new LazyModelList<int>(Enumerable.Range(0, 5).ToList(), (i, _) =>
        {
            made++;
            return i;
        }));
        model.Import("made", new Func<int>(() => made));

        Assert.Equal("0:1 1:2 2:3 3:4 4:5 ",
            Render("{{ for l in leaflets }}{{ l }}:{{ made }} {{ end }}", model));
    }

    [Fact]
    public void A_template_that_changes_the_list_gets_a_template_error()
    {
        var model = ScriptModel.ForIndex(View(2));

        var text = Render("{{ index.leaflets[0] = 'x' }}", model);

        Assert.StartsWith("error: ", text, StringComparison.Ordinal);
        Assert.Contains("cannot be changed", text, StringComparison.Ordinal);
    }
}
