using LeafletTool.Core.Config;
using LeafletTool.Core.Rules.Identity;

namespace LeafletTool.Core.Tests.Rules.Identity;

public class ResourceNumberFormatRuleTests
{
    private static readonly ResourceNumberFormatRule Rule = new();

    [Theory]
    [InlineData("5373/VER1")]
    [InlineData("0001/VER12")]
    [InlineData("'5373/VER1'")]
    public void Numbers_in_the_default_pattern_pass(string value) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.With("resource_number:", "resource_number: " + value)));

    [Theory]
    [InlineData("5373/ver1", "5373/VER1")]
    [InlineData("5373 VER1", "5373/VER1")]
    [InlineData("5373/VER 1", "5373/VER1")]
    [InlineData("5373-ver-1", "5373/VER1")]
    [InlineData("5373/Version 2", "5373/VER2")]
    [InlineData("5373/VER01", "5373/VER1")]
    public void Common_slips_are_reported_with_the_fix(string value, string fix)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.With("resource_number:", "resource_number: " + value));
        Assert.Equal((2, 18), d.At());
        Assert.Equal(fix, d.Suggestion);
        Assert.Equal($"The resource number \"{value}\" is not in the form four digits, \"/VER\" and the version "
            + $"number, such as 5373/VER1; did you mean \"{fix}\"?", d.Message);
    }

    [Theory]
    [InlineData("537/VER1")]
    [InlineData("5373/VER0")]
    [InlineData("ABC")]
    public void Numbers_with_no_clear_fix_are_reported_without_a_suggestion(string value)
    {
        var d = TestLeaflet.Single(Rule, TestLeaflet.With("resource_number:", "resource_number: " + value));
        Assert.Equal((2, 18), d.At());
        Assert.Null(d.Suggestion);
        Assert.EndsWith("such as 5373/VER1.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configured_pattern_is_used_and_named_in_the_message()
    {
        var config = ProjectConfig.Default with { ResourceNumberPattern = @"^PIL-\d{3}$" };
        Assert.Empty(
            TestLeaflet.Check(Rule, TestLeaflet.With("resource_number:", "resource_number: PIL-123"), config: config));
        var d = TestLeaflet.Single(Rule, TestLeaflet.Minimal, config: config);
        Assert.Contains(@"(^PIL-\d{3}$)", d.Message, StringComparison.Ordinal);
        Assert.Equal((2, 18), d.At());
    }

    [Fact]
    public void A_pattern_that_backtracks_without_end_is_still_decided()
    {
        // ^(a+)+$ on "aaaa…!" backtracks for longer than any time limit; the non-backtracking engine decides it.
        var config = ProjectConfig.Default with { ResourceNumberPattern = @"^(a+)+$" };
        var yaml = TestLeaflet.With("resource_number:", "resource_number: " + new string('a', 40) + "!");
        var d = TestLeaflet.Single(Rule, yaml, config: config);
        Assert.StartsWith("The resource number \"" + new string('a', 40) + "!\" is not in the form", d.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_pattern_that_takes_too_long_and_only_backtracking_can_run_is_reported_not_thrown()
    {
        // The back-reference rules out the non-backtracking engine.
        var config = ProjectConfig.Default with { ResourceNumberPattern = @"^(a+)+\1$" };
        var yaml = TestLeaflet.With("resource_number:", "resource_number: " + new string('a', 40) + "!");
        var d = TestLeaflet.Single(Rule, yaml, config: config);
        Assert.Contains("takes too long", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_pattern_reports_nothing_here_because_the_config_reader_reports_it() =>
        Assert.Empty(
            TestLeaflet.Check(Rule, TestLeaflet.Minimal,
            config: ProjectConfig.Default with { ResourceNumberPattern = "([" }));
}
