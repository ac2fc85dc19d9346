using LeafletTool.Core.ChangeControl;

namespace LeafletTool.Core.Tests.ChangeControl;

public class DiffFormatTests
{
    private static LeafletDiff Sample()
    {
        var old = LeafletSnapshot.Of(TestLeaflet.LoadResult(TestLeaflet.Minimal).Leaflet!);
        var head = LeafletSnapshot.Of(TestLeaflet.LoadResult(TestLeaflet.With(
            TestLeaflet.WithParagraph("- It is thought *safer* than other procedures."),
            "resource_number:", "resource_number: 5373/VER2")).Leaflet!);
        return LeafletDiffer.Between(old, head, "leaflets/a.yaml", "leaflets/a.yaml");
    }

    [Fact]
    public void Markdown_strikes_deletions_bolds_insertions_and_escapes_markup()
    {
        var markdown = DiffMarkdownFormat.Write([Sample()]);
        Assert.Contains("It is ~~considered safer~~ **thought \\*safer\\*** than other procedures.", markdown,
            StringComparison.Ordinal);
        Assert.Contains("| resource number | 5373/VER1 | 5373/VER2 |", markdown, StringComparison.Ordinal);
        Assert.Contains("_1 section unchanged: Title and summary_", markdown, StringComparison.Ordinal);
        Assert.Contains("_1 section unchanged: Contacts_", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_is_cut_under_its_limit_with_a_note()
    {
        var many = Enumerable.Repeat(Sample(), 400).ToList();
        var markdown = DiffMarkdownFormat.Write(many);
        Assert.True(markdown.Length < DiffMarkdownFormat.MaxLength, $"{markdown.Length} characters");
        Assert.Contains("The diff is cut here", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The diff is cut here", DiffMarkdownFormat.Write([Sample()]), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_marks_changes_for_screen_readers_and_colour()
    {
        var writer = new StringWriter();
        DiffHtmlFormat.Write([Sample()], writer);
        var html = writer.ToString();
        Assert.Contains("<del><span class=\"visually-hidden\">deleted: </span>considered safer</del>", html,
            StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">inserted: </span>thought *safer*</ins>", html,
            StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en-GB\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_uses_word_diff_marks_and_colour_only_when_asked()
    {
        var plain = new StringWriter();
        DiffTextFormat.Write([Sample()], plain, colour: false);
        Assert.Contains("It is [-considered safer-] {+thought *safer*+} than other procedures.", plain.ToString(),
            StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", plain.ToString(), StringComparison.Ordinal);
        var coloured = new StringWriter();
        DiffTextFormat.Write([Sample()], coloured, colour: true);
        Assert.Contains("\u001b[32m{+thought *safer*+}\u001b[0m", coloured.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_spans_and_counts()
    {
        var writer = new StringWriter();
        DiffJsonFormat.Write([Sample()], writer);
        using var json = System.Text.Json.JsonDocument.Parse(writer.ToString());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("inserted_words").GetInt32());
        Assert.Equal(2, summary.GetProperty("deleted_words").GetInt32());
        Assert.Equal("changed", json.RootElement.GetProperty("leaflets")[0].GetProperty("status").GetString());
    }
}
