using LeafletTool.Core.Rendering.Templates;
using Scriban;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>
/// Includes rendered straight into the caller's output (<see cref="DirectInclude"/>) give exactly what Scriban's own
/// include gives: every case is rendered both ways and compared, text or error.
/// </summary>
public class DirectIncludeTests
{
    private const string Section = "<section>\n<h2>{{ section.heading }}</h2>\n{{~ for item in section.items "
        + "~}}\n<p>{{ for.index }}: {{ item }}</p>\n{{~ end ~}}\n</section>";

    public static TheoryData<string, string, string> Cases() => new()
    {
        { "loop variables", "{{~ for section in sections ~}}\n{{ include 'p.html' }}\n{{~ end ~}}\nend", Section },
        { "whitespace control", "a\n{{~ include 'p.html' ~}}\nb{{ include 'p.html' -}} c", "<p>{{ title }}</p>\n" },
        { "local variables stay inside", "{{ $x = 1 }}{{ include 'p.html' }}{{ $x }}{{ y }}",
            "{{ $x = 2 }}{{ y = 3 }}{{ $x }}" },
        { "arguments", "{{ include 'p.html' 'a' 'b' }}|{{ include 'p.html' }}", "{{ $.size }}{{ $1 }}{{ $[2] }}" },
        { "named arguments", "{{ include 'p.html' who: 'you' }}", "hello {{ who }}" },
        { "nested", "[{{ include 'p.html' }}]", "({{ include 'q.html' }})" },
        { "indented include", "<div>\n  {{ include 'p.html' }}\n</div>", "<p>one</p>\n<p>two</p>\n" },
        { "indented escape inside the partial", "<div>\n{{ include 'p.html' }}\n</div>",
            "<ul>\n  {{ for i in [1, 2] }}<li>{{ i }}</li>\n  {{ end }}\n</ul>\n" },
        { "empty partial before an indented escape", "x\n{{ include 'empty.html' }}\n  {{ 'a\nb' }}\n", "" },
        { "as a value",
            "{{ x = include 'p.html' }}[{{ x }}]{{ include 'p.html' | string.upcase }}{{ if (include 'p.html') == 'hi' "
            + "}}yes{{ end }}", "hi" },
        { "captured", "{{ capture c }}{{ include 'p.html' }}{{ end }}<{{ c | string.upcase }}>", "inner\n" },
        { "return inside", "a{{ include 'p.html' }}c", "b{{ ret }}never" },
        { "inside a function", "{{ func f }}<{{ include 'p.html' }}>{{ end }}{{ f }}{{ f }}", "in" },
        { "name from a variable", "{{ name = 'p.html' }}{{ include name }}", "by name" },
        { "name with spaces", "{{ include ' p.html ' }}", "spaced" },
        { "recursion", "{{ include 'p.html' }}", "x{{ include 'p.html' }}" },
        { "error inside", "ok\n{{ include 'p.html' }}", "<p>\n{{ titel }}</p>" },
        { "missing", "{{ include 'nope.html' }}", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renders_as_Scriban_does(string name, string page, string partial)
    {
        var files = new Dictionary<string, string>
        {
            ["page.html"] = page,
            ["p.html"] = partial,
            ["q.html"] = "q{{ title }}",
            ["empty.html"] = "",
        };
        var direct = Render(files, directIncludes: true);
        var scriban = Render(files, directIncludes: false);
        Assert.True(scriban == direct, $"{name}: Scriban gave {scriban}, the direct include {direct}");
    }

    [Fact]
    public void Only_partials_without_an_indented_escape_are_rendered_directly()
    {
        var parsed = new Dictionary<string, Template>
        {
            ["flat.html"] = Template.Parse("<p>{{ a }}</p>\n{{~ for i in b ~}}\n{{ i }}\n{{~ end ~}}"),
            ["indented.html"] = Template.Parse("<ul>\n  {{ for i in b }}<li>{{ i }}</li>{{ end }}\n</ul>"),
            ["nested-indent.html"] = Template.Parse("{{ if a }}\n\t{{ b }}\n{{ end }}"),
        };
        Assert.Equal(["flat.html"], DirectInclude.Eligible(parsed).Keys);
    }

    private static string Render(Dictionary<string, string> files, bool directIncludes)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), ["page.html"], directIncludes);
        Assert.Empty(errors);
        var model = new ScriptObject
        {
            ["title"] = "Cryotherapy",
            ["sections"] = new ScriptArray
            {
                new ScriptObject { ["heading"] = "Risks", ["items"] = new ScriptArray { "bleeding", "infection" } },
                new ScriptObject { ["heading"] = "Benefits", ["items"] = new ScriptArray() },
            },
        };
        var result = set!.Render("page.html", model);
        return result.Text is { } text ? "text: " + text : "error: " + result.Error;
    }
}
