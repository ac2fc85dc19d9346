using LeafletTool.Core.Text;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Yaml;

/// <summary>YamlDotNet 18.1 throws InvalidOperationException, without a position, for a flow list left open at the end
/// of a file.</summary>
public class UnclosedFlowTests
{
    [Theory]
    [InlineData("title: Eye drops\nreview: [2027-02\nowner: Eye clinic\n", 2, 9)]
    [InlineData("title: [a\nb: c\n", 1, 8)]
    public void An_unclosed_flow_list_is_a_yaml_syntax_error_near_where_it_opens(string text, int line, int column)
    {
        var read = YamlDocumentReader.Read(SourceDocument.FromText("a.yaml", text));
        Assert.Null(read.Root);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(("yaml-syntax", line, column), (diagnostic.Rule, diagnostic.Line, diagnostic.Column));
        Assert.Contains("never closed", diagnostic.Message, StringComparison.Ordinal);
    }
}
