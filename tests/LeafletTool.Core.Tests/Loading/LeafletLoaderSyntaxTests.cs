using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using YamlDotNet.Core;

namespace LeafletTool.Core.Tests.Loading;

/// <summary>YAML the loader cannot read: reported as <c>yaml-syntax</c> where the parser stopped.</summary>
public class LeafletLoaderSyntaxTests
{
    [Theory]
    [InlineData("title: a: b\n", 1, 9)]
    [InlineData("title: \"unclosed\nowner: x\n", 1, 8)]
    [InlineData("sections:\n  - heading: a\n   body: b\n", 3, 4)]
    public void Bad_yaml_is_reported_where_the_parser_stopped(string yaml, int line, int column)
    {
        var d = TestLeaflet.OnlyProblem(yaml);
        Assert.Equal("yaml-syntax", d.Rule);
        Assert.Equal((line, column), d.At());
        Assert.Equal(ParserStop(yaml), (d.Line, d.Column));
        Assert.StartsWith("This is not valid YAML: ", d.Message, StringComparison.Ordinal);
        Assert.Null(TestLeaflet.LoadResult(yaml).Leaflet);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_its_own_line_not_where_the_parser_stopped()
    {
        var d = TestLeaflet.OnlyProblem("title: x\n\towner: y\n");
        Assert.Equal((2, 1), d.At());
        Assert.Equal("This is not valid YAML: line 2 starts with a tab: YAML needs spaces for indenting; replace the "
            + "tab with spaces.", d.Message);
    }

    [Fact]
    public void A_line_indented_too_far_is_reported_at_its_first_character()
    {
        var d = TestLeaflet.OnlyProblem("title: x\n  owner: y\n");
        Assert.Equal((2, 3), d.At());
        Assert.StartsWith("This is not valid YAML: \"owner:\" on line 2 starts further right than \"title:\" on line 1",
            d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_that_trips_the_parser_itself_is_still_a_syntax_error()
    {
        // YamlDotNet throws InvalidOperationException (not a YamlException) for this; the finding points
        // at the "{" that was never closed.
        var d = TestLeaflet.OnlyProblem("title: {\n4");
        Assert.Equal("yaml-syntax", d.Rule);
        Assert.Equal((1, 8), d.At());
        Assert.Contains("never closed", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Where YamlDotNet itself stops on this text, independently of the reader under test.</summary>
    private static (int, int) ParserStop(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }
        }
        catch (YamlException e)
        {
            return ((int)e.Start.Line, (int)e.Start.Column);
        }

        return (0, 0);
    }
}
