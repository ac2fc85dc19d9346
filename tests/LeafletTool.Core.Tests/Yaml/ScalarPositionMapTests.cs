using LeafletTool.Core.Model;
using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Yaml;

public class ScalarPositionMapTests
{
    /// <summary>Reads <paramref name="yaml"/> and returns the value of the top-level <paramref name="key"/>.</summary>
    private static (SourceDocument Source, LocatedText Text) Value(string yaml, string key)
    {
        var source = SourceDocument.FromText("t.yaml", yaml);
        var root = Assert.IsType<YamlMapping>(YamlDocumentReader.Read(source).Root);
        var scalar = Assert.IsType<YamlScalar>(root.Entries.Single(e => e.Key.Value == key).Value);
        return (source, LocatedText.From(scalar));
    }

    private static (int Line, int Column) Find(string yaml, string key, string needle, int occurrence = 0)
    {
        var (source, text) = Value(yaml, key);
        var index = -1;
        for (var n = 0; n <= occurrence; n++) index = text.Value.IndexOf(needle, index + 1, StringComparison.Ordinal);
        Assert.True(index >= 0, $"\"{needle}\" not in \"{text.Value}\"");
        var map = ScalarPositionMap.Create(source, text);
        Assert.True(map.IsExact);
        var position = map.PositionOf(index);
        Assert.Equal(ScalarPositionMap.PositionOf(source, text, index), position);
        return (position.Line, position.Column);
    }

    [Theory]
    [InlineData("a: x\nb: Call TODO now\n", "TODO", 2, 9)]
    [InlineData("b: first line\n  second TODO line\n", "TODO", 2, 10)]
    [InlineData("b: first\n\n    after a blank TODO\n", "TODO", 3, 19)]
    [InlineData("b:\n  on its own line TODO\n", "TODO", 2, 19)]
    [InlineData("b: tabs\t\there TODO\n", "TODO", 1, 15)]
    public void Plain_scalars(string yaml, string needle, int line, int column) =>
        Assert.Equal((line, column), Find(yaml, "b", needle));

    [Theory]
    [InlineData("b: 'it''s TODO'\n", "TODO", 1, 11)]
    [InlineData("b: 'a''b''c TODO'\n", "TODO", 1, 13)]
    [InlineData("b: 'first   \n   then '' TODO'\n", "TODO", 2, 12)]
    [InlineData("b: '  lead TODO'\n", "TODO", 1, 12)]
    public void Single_quoted_scalars(string yaml, string needle, int line, int column) =>
        Assert.Equal((line, column), Find(yaml, "b", needle));

    [Theory]
    [InlineData("b: \"say \\\"hi\\\" TODO\"\n", "TODO", 1, 16)]
    [InlineData("b: \"one\\ntwo TODO\"\n", "TODO", 1, 14)]
    [InlineData("b: \"caf\\u00e9 TODO\"\n", "TODO", 1, 15)]
    [InlineData("b: \"\\x41\\U0001F600 TODO\"\n", "TODO", 1, 20)]
    [InlineData("b: \"joined\\\n    here TODO\"\n", "TODO", 2, 10)]
    [InlineData("b: \"folded\n    here TODO\"\n", "TODO", 2, 10)]
    [InlineData("b: \"keep \\ \n  x TODO\"\n", "TODO", 2, 5)]
    public void Double_quoted_scalars(string yaml, string needle, int line, int column) =>
        Assert.Equal((line, column), Find(yaml, "b", needle));

    [Theory]
    [InlineData("b: >-\n  first line\n  second TODO\n", "TODO", 3, 10)]
    [InlineData("b: >\n  first\n\n  after blank TODO\nc: x\n", "TODO", 4, 15)]
    [InlineData("b: >- # a comment\n    deep\n      more indented TODO\n    back\n", "TODO", 3, 21)]
    [InlineData("b: >2\n     extra spaces TODO\n", "TODO", 2, 19)]
    public void Folded_blocks(string yaml, string needle, int line, int column) =>
        Assert.Equal((line, column), Find(yaml, "b", needle));

    [Theory]
    [InlineData("b: |\n  line one\n  line TODO two\n", "TODO", 3, 8)]
    [InlineData("b: |-\n  one\n\n\n  four TODO\n", "TODO", 5, 8)]
    [InlineData("b: |+\n  one\n   indented TODO\n\n", "TODO", 3, 13)]
    [InlineData("b: |1\n   two spaces kept TODO\n", "TODO", 2, 20)]
    public void Literal_blocks(string yaml, string needle, int line, int column) =>
        Assert.Equal((line, column), Find(yaml, "b", needle));

    [Fact]
    public void Scalars_in_sequences_map_like_top_level_ones()
    {
        var yaml = "b:\n  - >-\n    x\n    y TODO\n";
        var source = SourceDocument.FromText("t.yaml", yaml);
        var root = Assert.IsType<YamlMapping>(YamlDocumentReader.Read(source).Root);
        var list = Assert.IsType<YamlSequence>(root.Entries[0].Value);
        var text = LocatedText.From(Assert.IsType<YamlScalar>(list.Items[0]));
        var position = ScalarPositionMap.PositionOf(source, text, text.Value.IndexOf("TODO", StringComparison.Ordinal));
        Assert.Equal((4, 7), (position.Line, position.Column));
    }

    [Theory]
    [InlineData("b: first line\n  second TODO line\n")]
    [InlineData("b: 'first   \n   then '' TODO'\n")]
    [InlineData("b: \"joined\\\n    here\n\n  TODO\"\n")]
    [InlineData("b: >-\n  first line\n\n  second\n    more\n  TODO\n")]
    [InlineData("b: |\n  line one\n  line TODO two\n")]
    public void Crlf_files_give_the_same_lines_and_columns_as_lf(string yaml)
    {
        var lf = Find(yaml, "b", "TODO");
        var crlf = Find(yaml.Replace("\n", "\r\n", StringComparison.Ordinal), "b", "TODO");
        Assert.Equal(lf, crlf);
    }

    [Fact]
    public void A_byte_order_mark_does_not_move_columns()
    {
        var yaml = "b: >-\n  x\n  TODO\n";
        Assert.Equal(Find(yaml, "b", "TODO"), Find("\uFEFF" + yaml, "b", "TODO"));
    }

    [Theory]
    [InlineData("b: plain one\n  two\n\n  three\n")]
    [InlineData("b: 'q ''x''\n\n  y  '\n")]
    [InlineData("b: \"d \\t \\\\ \\\"\n  y\"\n")]
    [InlineData("b: >\n  a\n\n   b\n  c\n\n\n")]
    [InlineData("b: |+\n  a\n   b\n\n  c\n\n")]
    [InlineData("b: |-\r\n  a\r\n\r\n  c\r\n")]
    public void Every_character_maps_to_itself_in_the_source(string yaml)
    {
        var (source, text) = Value(yaml, "b");
        var map = ScalarPositionMap.Create(source, text);
        Assert.True(map.IsExact);
        for (var i = 0; i < text.Value.Length; i++)
        {
            var c = text.Value[i];
            if (c is '\n' or ' ' || text.Style == YamlScalarStyle.DoubleQuoted) continue;
            var offset = map.PositionOf(i).Offset;
            Assert.True(source.Text[offset] == c,
                $"value[{i}] '{c}' mapped to offset {offset} '{source.Text[offset]}'");
        }
    }

    [Fact]
    public void The_end_of_the_value_is_just_after_its_last_character()
    {
        var (source, text) = Value("b: 'abc'\n", "b");
        var map = ScalarPositionMap.Create(source, text);
        Assert.Equal((1, 8), (map.PositionOf(3).Line, map.PositionOf(3).Column));
        var span = map.SpanOf(1, 2);
        Assert.Equal((1, 6, 1, 8), (span.Start.Line, span.Start.Column, span.End.Line, span.End.Column));
    }

    [Fact]
    public void Text_that_does_not_match_the_source_falls_back_to_its_start()
    {
        var (source, text) = Value("b: abc\n", "b");
        var stranger = text with { Value = "something else" };
        var map = ScalarPositionMap.Create(source, stranger);
        Assert.False(map.IsExact);
        Assert.Equal(text.Start, map.PositionOf(5));
    }
}
