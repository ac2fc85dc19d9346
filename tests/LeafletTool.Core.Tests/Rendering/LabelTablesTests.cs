using LeafletTool.Core.Dates;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Core.Tests.Rendering;

public class LabelTablesTests
{
    private static readonly Dictionary<string, string> Entry = new() { ["page.html"] = "{{ labels.contact_us }}" };

    private static (LabelTables Tables, IReadOnlyList<TemplateError> Errors) Read(string file, string text) =>
        LabelTables.Read(new MemoryTemplates(new(Entry) { [file] = text }));

    [Theory]
    [InlineData("cy")]
    [InlineData("cy-GB")]
    [InlineData("CY_gb")]
    public void A_welsh_leaflet_gets_the_welsh_table(string language)
    {
        var table = LabelTables.BuiltIn.For(language);
        Assert.Equal("Cysylltu â ni", table["contact_us"]);
        Assert.Equal("Dyddiad adolygu", table["review_date"]);
        Assert.Equal("Mehefin 2026", table.Date(new LeafletDate(2026, 6, null)));
        Assert.Equal("15 Rhagfyr 2026", table.Date(new LeafletDate(2026, 12, 15)));
        Assert.Equal("\"Tudalen \" counter(page) \" o \" counter(pages)",
            table.ForTemplates(plain: true)["page_counter_css"]);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("ar")]
    [InlineData("")]
    public void Any_other_language_gets_english(string language)
    {
        var table = LabelTables.BuiltIn.For(language);
        Assert.Equal("Contact us", table["contact_us"]);
        Assert.Equal("June 2026", table.Date(new LeafletDate(2026, 6, null)));
    }

    [Fact]
    public void Every_language_has_every_english_label()
    {
        var english = LabelTables.BuiltIn.For("en").Labels.Keys.Order(StringComparer.Ordinal);
        Assert.Equal(english, LabelTables.BuiltIn.For("cy").Labels.Keys.Order(StringComparer.Ordinal));
        var welsh = LabelTables.BuiltIn.For("cy");
        Assert.All(welsh.Labels.Where(l => l.Key is not "pdf"),
            l => Assert.NotEqual(LabelTables.BuiltIn.For("en")[l.Key], l.Value));
    }

    [Fact]
    public void Labels_are_escaped_for_html_and_plain_for_text()
    {
        var (tables, errors) = Read("labels/en.yaml", "contact_us: Q&A <team>\n");
        Assert.Empty(errors);
        var table = tables.For("en-GB");
        Assert.Equal("Q&amp;A &lt;team&gt;", table.ForTemplates(plain: false)["contact_us"]);
        Assert.Equal("Q&A <team>", table.ForTemplates(plain: true)["contact_us"]);
        Assert.Equal("Review date", table["review_date"]);
    }

    [Fact]
    public void A_trust_file_changes_a_builtin_table_and_keeps_the_rest()
    {
        var (tables, errors) = Read("labels/cy.yaml", "contact_us: Cysylltwch â ni\n");
        Assert.Empty(errors);
        Assert.Equal("Cysylltwch â ni", tables.For("cy")["contact_us"]);
        Assert.Equal("Dyddiad adolygu", tables.For("cy")["review_date"]);
        Assert.Equal("Mai 2029", tables.For("cy").Date(new LeafletDate(2029, 5, null)));
        Assert.Equal("Contact us", tables.For("en")["contact_us"]);
    }

    [Fact]
    public void A_trust_can_add_a_language_with_its_months_in_yaml_or_json()
    {
        var months = string.Join(", ", Enumerable.Range(1, 12).Select(m => $"\"M{m}\""));
        var (tables, errors) = Read("labels/gd.json",
            $"{{\"contact_us\": \"Cuir fios thugainn\", \"months\": [{months}]}}");
        Assert.Empty(errors);
        Assert.Equal("Cuir fios thugainn", tables.For("gd-GB")["contact_us"]);
        Assert.Equal("M6 2026", tables.For("gd").Date(new LeafletDate(2026, 6, null)));
        Assert.Equal("Review date", tables.For("gd")["review_date"]);
    }

    [Theory]
    [InlineData("months: [Ionawr]\n", 1)]
    [InlineData("contact_us: [a, b]\n", 1)]
    [InlineData("- a list\n", 1)]
    [InlineData("contact_us: \"unclosed\n", 1)]
    public void A_wrong_label_file_is_a_template_error_with_its_place(string text, int line)
    {
        var (_, errors) = Read("labels/cy.yaml", text);
        var error = Assert.Single(errors);
        Assert.Equal("templates/labels/cy.yaml", error.File);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_wrong_label_file_stops_the_templates_compiling()
    {
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(new(Entry) { ["labels/cy.yaml"] = "- x\n" }),
            ["page.html"]);
        Assert.Null(set);
        Assert.Contains("label table", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Page {page} of {pages}", "\"Page \" counter(page) \" of \" counter(pages)")]
    [InlineData("{page}/{pages}", "counter(page) \"/\" counter(pages)")]
    [InlineData("\"</style>", "\"\\22 \\3C /style\\3E \"")]
    [InlineData("", "counter(page)")]
    public void The_page_number_becomes_css_that_cannot_end_the_style(string pattern, string css) =>
        Assert.Equal(css, LabelTable.PageCounterCss(pattern));

    [Fact]
    public void Files_outside_the_labels_folder_are_not_label_tables()
    {
        Assert.True(LabelTables.IsLabelFile("labels/cy.yaml"));
        Assert.True(LabelTables.IsLabelFile("labels/pl.json"));
        Assert.False(LabelTables.IsLabelFile("labels/old/cy.yaml"));
        Assert.False(LabelTables.IsLabelFile("html/cy.yaml"));
        Assert.False(LabelTables.IsLabelFile("labels/readme.txt"));
    }
}
