using LeafletTool.Core.Config;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Fuzz;

/// <summary>
/// Inputs the coverage-guided fuzzer (fuzz/, afl++ with SharpFuzz) found to crash the loader or the rules, each
/// minimised: loading and checking them gives findings, never an exception.
/// </summary>
public class FuzzFoundTests
{
    /// <summary>YamlDotNet threw <see cref="ArgumentException"/> ("Global tags must be valid URIs") for a "!!" tag
    /// followed by a character not allowed in an address; <c>leaflet validate</c> ended with an internal error (exit
    /// 3).</summary>
    [Theory]
    [InlineData("!![[[\n", 1, 1)]
    [InlineData("!![\n", 1, 1)]
    [InlineData("                         !!] =", 1, 26)]
    [InlineData("title: x\nowner: !![[[\n", 2, 1)]
    public void An_invalid_tag_is_a_yaml_syntax_error(string yaml, int line, int column)
    {
        var d = TestLeaflet.OnlyProblem(yaml);

        Assert.Equal(("yaml-syntax", line, column), (d.Rule, d.Line, d.Column));
        Assert.Contains("tag", d.Message, StringComparison.Ordinal);
    }

    /// <summary>Every input found, through the whole check as <c>leaflet validate</c> runs it.</summary>
    [Theory]
    [InlineData("!![[[\n")]
    [InlineData("!!!!!!!!!!!!![!!x &k")]
    [InlineData("!!!!!!!![[[[!!!title: 1\u007f[[")]
    public void The_whole_check_reports_the_input_without_throwing(string yaml)
    {
        var input = new LeafletInput(TestLeaflet.Name, yaml, ProjectConfig.Default, IsTarget: true);

        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], TestLeaflet.Today, jobs: 1));

        Assert.Contains(outcome.Diagnostics, d => d.Rule == "yaml-syntax" && d.Line >= 1 && d.Column >= 1);
    }
}
