using LeafletTool.Core.Rendering.Templates;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>Renders share pooled template contexts: nothing one render does may show in the next.</summary>
public class TemplateContextReuseTests
{
    private static ScriptObject Model(string title = "Cryotherapy") => new()
    {
        ["leaflet"] = new ScriptObject
        {
            ["title"] = title,
            ["sections"] = new ScriptArray { new ScriptObject { ["heading"] = "Risks" },
                new ScriptObject { ["heading"] = "Benefits" } },
        },
    };

    private static TemplateSet Compile(Dictionary<string, string> files)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), files.Keys);
        Assert.Empty(errors);
        return set!;
    }

    [Fact]
    public void A_variable_set_in_one_render_is_unknown_in_the_next()
    {
        var set = Compile(new() { ["set.html"] = "{{ size = 14 }}{{ size }}", ["get.html"] = "{{ size }}" });
        Assert.Equal("14", set.Render("set.html", Model()).Text);
        var error = set.Render("get.html", Model()).Error;
        Assert.NotNull(error);
        Assert.StartsWith("'size' is not a variable templates get", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builtin_functions_cannot_be_changed_by_a_template()
    {
        var set = Compile(
            new()
            {
                ["change.html"] = "{{ string.upcase = 1 }}",
                ["use.html"] = "{{ leaflet.title | string.upcase }}"
            });
        var error = set.Render("change.html", Model()).Error;
        Assert.NotNull(error);
        Assert.Equal((1, 11), (error.Line, error.Column));
        Assert.Contains("readonly", error.Message, StringComparison.Ordinal);
        Assert.Equal("CRYOTHERAPY", set.Render("use.html", Model()).Text);
    }

    [Fact]
    public void A_render_after_a_failed_one_is_whole()
    {
        var set = Compile(new()
        {
            ["bad.html"] = "{{ for section in leaflet.sections }}<h2>{{ include 'part.html' }}{{ section.nope "
                + "}}</h2>{{ end }}",
            ["good.html"] = "{{ for section in leaflet.sections }}<h2>{{ include 'part.html' }}</h2>{{ end }}",
            ["part.html"] = "{{ section.heading }}",
        });
        Assert.NotNull(set.Render("bad.html", Model()).Error);
        Assert.Equal("<h2>Risks</h2><h2>Benefits</h2>", set.Render("good.html", Model()).Text);
    }

    [Fact]
    public void Renders_on_many_threads_each_get_their_own_page()
    {
        var set = Compile(
            new()
            {
                ["page.html"] = "<h1>{{ leaflet.title }}</h1>{{ for section in leaflet.sections }}<h2>{{ "
            + "section.heading }}</h2>{{ end }}"
            });
        var pages = new string?[400];
        Parallel.For(0, pages.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => pages[i] = set.Render("page.html", Model($"Leaflet {i}")).Text);
        for (var i = 0; i < pages.Length; i++)
            Assert.Equal($"<h1>Leaflet {i}</h1><h2>Risks</h2><h2>Benefits</h2>", pages[i]);
    }
}
