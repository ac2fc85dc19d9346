using System.Buffers;
using System.Text;
using LeafletTool.Core.Rendering.Templates;
using Scriban.Runtime;

namespace LeafletTool.Core.Tests.Rendering;

public class RenderUtf8Tests
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["page.html"] = "<h1>{{ leaflet.title }}</h1>\n{{ for section in leaflet.sections }}{{ include "
            + "'parts/section.html' }}{{ end }}\n{{ leaflet.note }}",
        ["parts/section.html"] = "<h2>{{ section.heading }}</h2>",
    };

    private static ScriptObject Model(string title, string note) => new()
    {
        ["leaflet"] = new ScriptObject
        {
            ["title"] = title,
            ["note"] = note,
            ["sections"] = new ScriptArray { new ScriptObject { ["heading"] = "Risks – what to expect" },
                new ScriptObject { ["heading"] = "Café ☕" } },
        },
    };

    private static TemplateSet Compile(Dictionary<string, string> files)
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), ["page.html"]);
        Assert.Empty(errors);
        return set!;
    }

    [Theory]
    [InlineData("Cryotherapy", "plain")]
    [InlineData("Ice “packs”", "a line\r\nanother\r\n")]
    [InlineData("Ends with a return\r", "\r\n\r\n")]
    public void Gives_the_bytes_of_the_rendered_text(string title, string note)
    {
        var set = Compile(Files);
        var text = set.Render("page.html", Model(title, note)).Text!;
        var bytes = new ArrayBufferWriter<byte>();

        Assert.Null(set.RenderUtf8("page.html", Model(title, note), bytes));

        Assert.Equal(Encoding.UTF8.GetBytes(text), bytes.WrittenSpan.ToArray());
        Assert.DoesNotContain("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_larger_than_the_first_buffer_comes_out_whole_and_the_next_page_starts_empty()
    {
        var set = Compile(Files);
        var long1 = new string('x', 100_000) + "é";
        var first = new ArrayBufferWriter<byte>();
        var second = new ArrayBufferWriter<byte>();

        Assert.Null(set.RenderUtf8("page.html", Model("Long", long1), first));
        Assert.Null(set.RenderUtf8("page.html", Model("Short", "end"), second));

        Assert.Equal(Encoding.UTF8.GetBytes(set.Render("page.html", Model("Long", long1)).Text!),
            first.WrittenSpan.ToArray());
        Assert.Equal("<h1>Short</h1>\n<h2>Risks – what to expect</h2><h2>Café ☕</h2>\nend",
            Encoding.UTF8.GetString(second.WrittenSpan));
    }

    [Fact]
    public void A_template_error_is_the_same_error_as_a_render_to_text_gives()
    {
        var files = new Dictionary<string, string>(Files) { ["parts/section.html"] = "<h2>{{ section.headin }}</h2>" };
        var set = Compile(files);

        var error = set.RenderUtf8("page.html", Model("t", "n"), new ArrayBufferWriter<byte>());

        Assert.NotNull(error);
        Assert.Equal(set.Render("page.html", Model("t", "n")).Error!.ToString(), error.ToString());
    }
}
