using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Rendering.View;
using LeafletTool.Core.Tests.Building;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// Templates rendered through the compiled tree (<see cref="CompiledTemplate"/>) give exactly what Scriban gives:
/// every case is rendered both ways (a set compiled without direct includes has no trees) and compared, text or
/// error, including the cases where the tree gives up half-way and Scriban renders the page.
/// </summary>
public class CompiledTemplateTests
{
    public static TheoryData<string, string, bool> Cases() => new()
    {
        // name, template, whether the tree takes it
        { "text and values", "<h1>{{ title }}</h1>\n{{ flag }} {{ count }} {{ nothing }}|{{ 'lit' }}{{ 3 }}", true },
        { "if, else if, else", "{{ if nothing }}a{{ else if flag }}b{{ else }}c{{ end }}{{ if empty }}e{{ end }}",
            true },
        { "logic and comparison", "{{ nothing || flag }} {{ flag && nothing }} {{ title == 'Cryotherapy' }} "
            + "{{ count > 1 }} {{ count + 1 }} {{ 'n' + count }} {{ (flag ? 'y' : 'n') }}", true },
        { "loops with for.index", "{{~ for s in sections ~}}\n{{ for.index + 1 }}. {{ s.heading }}\n"
            + "{{~ for i in s.items ~}}\n{{ for.index }}:{{ i }}\n{{~ end ~}}\n{{~ end ~}}", true },
        { "a loop variable hides a global and ends with its loop",
            "{{ for title in names }}{{ title }},{{ end }}{{ title }}", true },
        { "the same name in nested loops", "{{ for x in names }}{{ for x in names }}{{ x }}{{ end }}{{ x }};{{ end }}",
            true },
        { "case, when, else", "{{~ for s in sections ~}}\n{{~ case s.kind ~}}\n{{~ when 'a', 'b' ~}}\nAB\n"
            + "{{~ when 'c' ~}}\nC\n{{~ else ~}}\nother\n{{~ end ~}}\n{{~ end ~}}", true },
        { "case of a number", "{{ case count }}{{ when 2 }}two{{ when '2' }}text{{ end }}", true },
        { "includes inside loops", "{{ for s in sections }}{{ include 'p.html' }}{{ end }}", true },
        { "a misspelt variable", "ok {{ titel }}", true },
        { "a misspelt member after output", "{{ for s in sections }}{{ s.heading }}{{ s.headng }}{{ end }}", true },
        { "a member of nothing", "{{ nothing.x }}", true },
        { "a missing name on the right of ||", "{{ flag || nope }}", true },
        { "an object written out", "{{ sections[0] }}{{ sections }}", false },
        { "a list's size", "{{ names.size }}", true },
        { "for.first", "{{ for x in names }}{{ for.first }}{{ end }}", true },
        { "a loop over nothing", "{{ for x in nothing }}x{{ end }}.", true },
        { "functions", "{{ title | string.upcase }}{{ names | array.size }}", false },
        { "string.replace piped and called", "{{ title | string.replace 'o' '0' }}"
            + "{{ string.replace title 'y' ('' + count) }}", true },
        { "string.replace of what is not text", "{{ nothing | string.replace 'a' 'b' }}|"
            + "{{ title | string.replace 'o' count }}", true },
        { "string.replace with a named argument", "{{ string.replace title 'y' by: 'Y' }}", false },
        { "a list made as it is read", "{{ made.size }}:{{ for m in made }}{{ for.index }}{{ m.name }},{{ end }}",
            true },
        { "a list made as it is read, in itself", "{{ for m in made }}{{ for n in made }}{{ m.name }}{{ n.name }},"
            + "{{ end }};{{ end }}{{ for m in made }}{{ m.name }}{{ end }}", true },
        { "assignment", "{{ x = page ? 18 : 14 }}{{ x }} {{ x * 2 }} {{ x + 6 }}", true },
        { "assignment over a global", "{{ title = 'x' }}{{ title }}", true },
        { "assignment, then a missing name", "{{ x = 1 }}{{ x }}{{ nope }}", true },
        { "assignment in a loop", "{{ for n in names }}{{ x = n }}{{ end }}{{ x }}", false },
        { "adding to a variable", "{{ count += 1 }}{{ count }}", false },
        { "an indented escape", "<ul>\n  {{ for x in names }}<li>{{ x }}</li>\n  {{ end }}\n</ul>", false },
        { "include by a name in a variable", "{{ include title }}", false },
        { "include of itself", "{{ include 'page.html' }}", false },
        { "a loop with options", "{{ for x in names limit: 1 }}{{ x }}{{ end }}", false },
        { "capture", "{{ capture c }}x{{ end }}{{ c }}", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_Scriban_does(string name, string page, bool compiled)
    {
        var files = new Dictionary<string, string>
        {
            ["page.html"] = page,
            ["p.html"] = "<h2>{{ s.heading }}</h2>{{ for i in s.items }}[{{ i }}]{{ end }}",
        };
        var (tree, treeSet) = Render(files, directIncludes: true);
        var (scriban, _) = Render(files, directIncludes: false);
        Assert.True(scriban == tree, $"{name}: Scriban gave {scriban}, the tree {tree}");
        Assert.Equal(compiled, treeSet.IsCompiled("page.html"));
    }

    [Fact]
    public void The_shipped_leaflet_templates_are_compiled()
    {
        foreach (var format in PageFormats.All)
        {
            Assert.True(RepoTemplates.Set.IsCompiled(format.Template()), format.Template());
        }
    }

    private static (string Result, TemplateSet Set) Render(Dictionary<string, string> files, bool directIncludes)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), ["page.html"], directIncludes);
        Assert.Empty(errors);
        var model = new ScriptObject
        {
            ["title"] = "Cryotherapy",
            ["flag"] = true,
            ["page"] = false,
            ["count"] = 2,
            ["nothing"] = null,
            ["empty"] = "",
            ["names"] = new ScriptArray { "one", "two" },
            ["made"] = new LazyModelList<string>(["a", "b", "c"], (m, o) =>
            {
                var item = o.Object(1);
                item.Add("name", m);
                return item;
            }),
            ["sections"] = new ScriptArray
            {
                new ScriptObject
                {
                    ["heading"] = "Risks", ["kind"] = "b", ["items"] = new ScriptArray { "bleeding", "infection" },
                },
                new ScriptObject { ["heading"] = "Benefits", ["kind"] = "c", ["items"] = new ScriptArray() },
                new ScriptObject { ["heading"] = "After", ["kind"] = "z", ["items"] = new ScriptArray { "rest" } },
            },
        };
        var result = set!.Render("page.html", model);
        return (result.Text is { } text ? "text: " + text : "error: " + result.Error, set);
    }
}
