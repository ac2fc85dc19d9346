using LeafletTool.Core.Rendering.Templates;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

public class TemplateSetTests
{
    private static ScriptObject Model() => new()
    {
        ["leaflet"] = new ScriptObject
        {
            ["title"] = "Cryotherapy",
            ["sections"] = new ScriptArray { new ScriptObject { ["heading"] = "Risks" } }
        },
        ["trust"] = new ScriptObject { ["organisation"] = "Example NHS Foundation Trust" },
    };

    private static TemplateSet Compile(Dictionary<string, string> files)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), ["page.html"]);
        Assert.Empty(errors);
        return set!;
    }

    private static TemplateError RenderError(Dictionary<string, string> files)
    {
        var result = Compile(files).Render("page.html", Model());
        Assert.Null(result.Text);
        return result.Error!;
    }

    [Fact]
    public void Renders_with_includes_that_see_loop_variables()
    {
        var set = Compile(new()
        {
            ["page.html"] = "<h1>{{ leaflet.title }}</h1>\r\n{{ for section in leaflet.sections }}{{ include "
                + "'parts/section.html' }}{{ end }}",
            ["parts/section.html"] = "<h2>{{ section.heading }}</h2>",
        });
        Assert.Equal("<h1>Cryotherapy</h1>\n<h2>Risks</h2>", set.Render("page.html", Model()).Text);
    }

    [Fact]
    public void A_misspelt_field_names_the_file_line_column_and_the_right_name()
    {
        var error = RenderError(new() { ["page.html"] = "<html>\n  <h1>{{ leaflet.titel }}</h1>" });
        Assert.Equal("templates/page.html:2:18: 'titel' is not a field templates get; did you mean 'title'?",
            error.ToString());
    }

    [Fact]
    public void A_misspelt_variable_names_the_file_line_column_and_the_variables()
    {
        var error = RenderError(new() { ["page.html"] = "{{ leaflat.title }}" });
        Assert.Equal(1, error.Line);
        Assert.Equal(4, error.Column);
        Assert.Equal("'leaflat' is not a variable templates get; did you mean 'leaflet'? (the variables are: leaflet, "
            + "trust)", error.Message);
    }

    [Fact]
    public void An_error_in_an_included_template_points_into_that_template()
    {
        var error = RenderError(new()
        {
            ["page.html"] = "{{ include 'parts/footer.html' }}",
            ["parts/footer.html"] = "<p>\n{{ trust.organisaton }}</p>",
        });
        Assert.Equal("templates/parts/footer.html", error.File);
        Assert.Equal((2, 10), (error.Line, error.Column));
        Assert.Contains("did you mean 'organisation'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_have_no_clock()
    {
        var error = RenderError(new() { ["page.html"] = "{{ date.now }}" });
        Assert.StartsWith("'date' is not a variable templates get", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_is_found_before_rendering_with_its_position()
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(new()
        {
            ["page.html"] = "ok",
            ["parts/broken.html"] = "<p>\n  {{ if leaflet.title }\n</p>",
        }), ["page.html"]);
        Assert.Null(set);
        var error = Assert.Single(errors);
        Assert.Equal("templates/parts/broken.html", error.File);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("template syntax error:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_entry_template_is_reported()
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(new() { ["other.html"] = "x" }), ["page.html"]);
        Assert.Null(set);
        Assert.Equal("templates/page.html: this template is missing; every templates folder needs page.html (copy it "
            + "from the project's templates folder)",
            Assert.Single(errors).ToString());
    }

    [Theory]
    [InlineData("{{ include 'parts/nothing.html' }}",
        "include 'parts/nothing.html': there is no such template (templates/parts/nothing.html does not exist)")]
    [InlineData("{{ include '../secret.txt' }}",
        "include '../secret.txt': name a file inside the templates folder, such as 'partials/contacts.html'")]
    [InlineData("{{ include '/etc/passwd' }}",
        "include '/etc/passwd': name a file inside the templates folder, such as 'partials/contacts.html'")]
    public void Includes_stay_inside_the_templates_folder(string template, string message)
    {
        var error = RenderError(new() { ["page.html"] = template });
        Assert.Equal(message, error.Message);
        Assert.Equal((1, 4), (error.Line, error.Column));
    }

    [Fact]
    public void Files_that_are_not_templates_are_not_parsed()
    {
        var (set,
            errors) = TemplateSet.Compile(
            new MemoryTemplates(new() { ["page.html"] = "ok", ["notes.md"] = "{{ broken" }), ["page.html"]);
        Assert.Empty(errors);
        Assert.Equal("ok", set!.Render("page.html", Model()).Text);
    }

    [Fact]
    public void A_page_over_a_megabyte_is_not_cut()
    {
        var set = Compile(new()
        {
            ["page.html"] = "{{ for section in leaflet.sections }}{{ include 'parts/section.html' }}{{ end }}</html>",
            ["parts/section.html"] = "<p>{{ section.heading }}</p>",
        });
        var text = new string('a', 100_000);
        var model =
            new ScriptObject
            {
                ["leaflet"] = new ScriptObject
                {
                    ["sections"] = new ScriptArray(
            Enumerable.Repeat(new ScriptObject { ["heading"] = text }, 12))
                }
            };
        var page = set.Render("page.html", model).Text!;
        Assert.Equal(12 * (text.Length + 7) + 7, page.Length);
        Assert.EndsWith("</p></html>", page, StringComparison.Ordinal);
    }
}
