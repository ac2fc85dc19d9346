using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Text;
using LeafletTool.Core.Validation;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Tests.Hostile;

/// <summary>Every adversarial shape is answered with findings, never an exception, and none lists more than
/// <see cref="DiagnosticBag.MaxPerRule"/> findings of a rule plus the one that counts the rest. (Their time per file
/// is measured in bench/, `hostile`.)</summary>
public class HostileShapeTests
{
    public static TheoryData<string> Shapes() => [.. HostileShapes.All.Keys];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_is_validated_without_an_exception_and_with_bounded_findings(string shape)
    {
        var text = HostileShapes.All[shape](48 * 1024);
        var input = new LeafletInput("leaflets/hostile.yaml", text, ProjectConfig.Default, IsTarget: true);
        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], TestLeaflet.Today, jobs: 1));
        Assert.All(outcome.Diagnostics.GroupBy(d => d.Rule),
            rule => Assert.InRange(rule.Count(), 1, DiagnosticBag.MaxPerRule + 1));
    }

    [Theory]
    [InlineData("deep-flow")]
    [InlineData("deep-flow-maps")]
    [InlineData("deep-block-lists")]
    public void Nesting_past_the_limit_is_a_yaml_syntax_error_where_it_passes_the_limit(string shape)
    {
        var text = HostileShapes.All[shape](40_000);
        var read = YamlDocumentReader.Read(SourceDocument.FromText("a.yaml", text));
        Assert.Null(read.Root);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal("yaml-syntax", error.Rule);
        Assert.Contains($"nested more than {YamlDocumentReader.MaxDepth} levels deep", error.Message,
            StringComparison.Ordinal);
        // The error is at the value that went one level too deep, not at the end of the file.
        Assert.InRange(error.Column, YamlDocumentReader.MaxDepth, 5 * YamlDocumentReader.MaxDepth);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        // The leaflet's own fields are the first level.
        var lists = YamlDocumentReader.MaxDepth - 1;
        var deep = "title: " + new string('[', lists) + new string(']', lists);
        var read = YamlDocumentReader.Read(SourceDocument.FromText("a.yaml", deep));
        Assert.NotNull(read.Root);
        Assert.Empty(read.Diagnostics);
        var deeper = "title: " + new string('[', lists + 1) + new string(']', lists + 1);
        Assert.Null(YamlDocumentReader.Read(SourceDocument.FromText("a.yaml", deeper)).Root);
    }

    [Fact]
    public void A_rule_with_more_than_the_limit_lists_the_first_ones_and_one_that_counts_the_rest()
    {
        var text = HostileShapes.All["one-word-repeated"](20_000);
        var problems = TestLeaflet.Check(new RepeatedWordRule(), text).ToList();
        Assert.Equal(DiagnosticBag.MaxPerRule + 1, problems.Count);
        var words = text.Split("pain").Length - 1;
        Assert.Contains($"and {words - 1 - DiagnosticBag.MaxPerRule:N0} more \"repeated-word\" findings",
            problems[^1].Message, StringComparison.Ordinal);
        Assert.Null(problems[^1].Suggestion);
        // Positions stay exact however many findings one value has: the 100th repeat is where it is written.
        var lines = text.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("pain pain", StringComparison.Ordinal));
        Assert.Equal((line + 1, lines[line].IndexOf("pain", StringComparison.Ordinal) + 1 + (5 * 100)),
            (problems[99].Line, problems[99].Column));
    }
}
