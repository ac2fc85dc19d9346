using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Yaml;

/// <summary>
/// The mistakes editors make, each put into a copy of the real sample leaflet: reported at the line and column of the
/// mistake, in plain words that say what to do, and every one of them when there are several.
/// </summary>
public class YamlPlainErrorsTests
{
    private static readonly string[] Sample =
        Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml").Split('\n');

    /// <summary>The sample with some of its lines (1-based) replaced.</summary>
    private static string Edited(params (int Line, string Text)[] edits)
    {
        var lines = (string[])Sample.Clone();
        foreach (var (line, text) in edits) lines[line - 1] = text;
        return string.Join('\n', lines);
    }

    private static IReadOnlyList<Diagnostic> Errors(string yaml)
    {
        var read = YamlDocumentReader.Read(SourceDocument.FromText("sample.yaml", yaml));
        Assert.Null(read.Root);
        Assert.All(read.Diagnostics, d => Assert.Equal("yaml-syntax", d.Rule));
        return read.Diagnostics;
    }

    [Theory]
    [InlineData(7, "\tdepartment: Pain management", 1,
        "line 7 starts with a tab: YAML needs spaces for indenting; replace the tab with spaces")]
    [InlineData(15, "  \t  body:", 3,
        "line 15 is indented with a tab: YAML needs spaces for indenting; replace the tab with spaces")]
    [InlineData(60, "          - * We monitor your blood pressure, heart rate and oxygen levels.", 13,
        "a list item cannot start with \"*\": write the text after \"- \", or quote it")]
    [InlineData(60, "          * We monitor your blood pressure, heart rate and oxygen levels.", 11,
        "a list item starts with \"- \", not \"* \"")]
    [InlineData(2, "title: \"Cryotherapy to treat chronic pain", 8,
        "the quote (\") that opens the value on line 2 is never closed: add the closing \"")]
    [InlineData(6, "owner: Pain team: nurses", 17,
        "the text of \"owner\" has \": \" in it, which YAML reads as the start of another field: put the whole "
        + "text in quotes, like owner: \"Pain team: nurses\"")]
    [InlineData(6, "owner: @painteam", 8, "a value cannot start with \"@\" in YAML: put the whole value in quotes")]
    [InlineData(6, "owner: `Pain` nurses", 8, "a value cannot start with a backtick (`) in YAML")]
    [InlineData(6, "owner: %pain team", 8, "a value cannot start with \"%\" in YAML")]
    [InlineData(2, "title: 'Don't panic'", 13, "the value of \"title\" is in single quotes and has an apostrophe")]
    [InlineData(2, "title: \"Cryotherapy\" for chronic pain", 22, "there is more text after the closing quote")]
    [InlineData(7, " department: Pain management", 2, "\"department:\" on line 7 starts further right than "
        + "\"owner:\" on line 6, so YAML reads it as more of its text: start it in column 1, under \"owner:\"")]
    [InlineData(15, "   body:", 4, "line 15 does not line up with the lines around it")]
    public void Each_mistake_is_reported_at_its_place_in_plain_words(int line, string text, int column,
        string words)
    {
        var d = Assert.Single(Errors(Edited((line, text))));
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.StartsWith("This is not valid YAML: " + words, d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("scanning", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_mistake_in_the_file_is_reported_once_each()
    {
        var errors = Errors(Edited(
            (6, "owner: Pain team: nurses"),
            (7, "\tdepartment: Pain management"),
            (60, "          - * We monitor your blood pressure, heart rate and oxygen levels."),
            (128, "    phone: @020 7188 4714")));
        Assert.Equal([(6, 17), (7, 1), (60, 13), (128, 12)], errors.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void The_parser_error_is_added_when_it_is_not_one_of_the_known_mistakes()
    {
        var errors = Errors(Edited((7, " department: Pain management"), (60, "          - * We monitor")));
        Assert.Equal([(7, 2), (60, 13)], errors.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void Tabs_and_symbols_inside_a_block_of_text_or_quotes_are_not_mistakes()
    {
        // Line 17 is inside a ">-" block: a tab after its indentation, and a "*" or ": " in it, are text.
        var errors = Errors(Edited(
            (2, "title: \"Cryotherapy:"),
            (3, "  * to treat chronic pain\" and more"),
            (17, "        \tAs the freezing: * that is associated with cryotherapy does not cause long-term"),
            (7, "\tdepartment: Pain management")));
        Assert.Equal([(3, 28), (7, 1)], errors.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void A_valid_alias_is_not_a_mistake()
    {
        var errors = Errors(Edited((6, "owner: &team Pain management nurses"), (7, "department: *team"),
            (8, "\tlanguage: en-GB")));
        Assert.Equal((8, 1), Assert.Single(errors).At());
    }

    [Fact]
    public void A_hostile_file_of_mistakes_is_reported_a_hundred_times_at_most()
    {
        var line = "\t- * @x: `y`: 'a'b \"c\" d %e &f *g\n";
        var yaml = "title: x\n" + string.Concat(Enumerable.Repeat(line, 20_000 / line.Length))
            + string.Concat(Enumerable.Repeat("k: a: b\n- * x\n", 500));
        var errors = Errors(yaml);
        Assert.InRange(errors.Count, 1, YamlMistakes.MaxMistakes + 1);
        Assert.Equal(errors.Count, errors.Select(d => d.Line).Distinct().Count());
    }
}
