using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Config;

public class ConfigReaderTests
{
    private static ConfigResult Read(string yaml)
        => ConfigReader.Read(SourceDocument.FromText("leaflettool.yaml", yaml));

    private static Diagnostic Only(string yaml) => Assert.Single(Read(yaml).Diagnostics);

    [Theory]
    [InlineData("")]
    [InlineData("# nothing set\n")]
    public void An_empty_file_gives_the_defaults(string yaml)
    {
        var result = Read(yaml);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(ProjectConfig.Default with { SourceName = "leaflettool.yaml" }, result.Config);
    }

    [Fact]
    public void Every_setting_is_read()
    {
        var result = Read("""
            organisation: Guy's and St Thomas'
            language: en-GB
            resource_number_pattern: '^PIL\d+$'
            review:
              max_interval_months: 24
              due_soon_days: 60
            readability:
              max_smog: 10.5
              max_sentence_words: 25
            dictionary: words.txt
            rules:
              review-overdue: error
              spelling: off
            alternative_formats: Ask us.
            footer: PALS.
            """);
        Assert.Empty(result.Diagnostics);
        var config = result.Config;
        Assert.Equal(("Guy's and St Thomas'", @"^PIL\d+$", 24, 60, 10.5, 25),
            (config.Organisation, config.ResourceNumberPattern, config.MaxIntervalMonths, config.DueSoonDays,
            config.MaxSmog, config.MaxSentenceWords));
        Assert.Equal(("words.txt", "Ask us.", "PALS."), (config.Dictionary, config.AlternativeFormats, config.Footer));
        Assert.Equal(Severity.Error, config.SeverityOf(RuleCatalogue.ReviewOverdue));
        Assert.Equal(Severity.Off, config.SeverityOf(RuleCatalogue.Spelling));
        Assert.Equal(Severity.Info, config.SeverityOf(RuleCatalogue.ReviewDueSoon));
    }

    [Fact]
    public void A_bad_severity_is_reported_at_the_value_and_the_default_kept()
    {
        var result = Read("rules:\n  spelling: loud\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("invalid-value", 2, 13), (d.Rule, d.Line, d.Column));
        Assert.Equal("\"loud\" is not a severity; use error, warning, info or off.", d.Message);
        Assert.Equal(Severity.Warning, result.Config.SeverityOf(RuleCatalogue.Spelling));
    }

    [Fact]
    public void An_unknown_rule_id_suggests_the_nearest()
    {
        var d = Only("rules:\n  review-overdue: error\n  spelling-inconsistant: off\n");
        Assert.Equal(("unknown-field", 3, 3), (d.Rule, d.Line, d.Column));
        Assert.Equal("spelling-inconsistent", d.Suggestion);
        Assert.Equal("\"spelling-inconsistant\" is not a rule id of LeafletTool. Did you mean "
            + "\"spelling-inconsistent\"?", d.Message);
    }

    [Fact]
    public void A_rule_id_far_from_any_lists_them_all()
    {
        var d = Only("rules:\n  grammar: off\n");
        Assert.Null(d.Suggestion);
        Assert.StartsWith("\"grammar\" is not a rule id of LeafletTool. The rule ids are: unreadable-file, "
            + "yaml-syntax,", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_regular_expression_is_reported_at_the_value_and_the_default_kept()
    {
        var result = Read("resource_number_pattern: '^\\d{4}/VER(['\n");
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(("invalid-value", 1, 26), (d.Rule, d.Line, d.Column));
        Assert.Equal("\"^\\d{4}/VER([\" is not a valid regular expression.", d.Message);
        Assert.Equal(ProjectConfig.DefaultResourceNumberPattern, result.Config.ResourceNumberPattern);
    }

    [Theory]
    [InlineData("review: 36\n", 1, 9,
        "\"review\" should hold settings (max_interval_months, due_soon_days), but here it is text.")]
    [InlineData("rules: [spelling]\n", 1, 8,
        "\"rules\" should list rule ids with a severity (\"spelling: off\"), but here it is a list.")]
    [InlineData("organisation: [a, b]\n", 1, 15, "\"organisation\" should be text, but here it is a list.")]
    [InlineData("review:\n  max_interval_months: lots\n", 2, 24,
        "\"max_interval_months\" should be a whole number from 1 to 600, not \"lots\".")]
    [InlineData("review:\n  due_soon_days: -5\n", 2, 18,
        "\"due_soon_days\" should be a whole number from 0 to 3650, not \"-5\".")]
    [InlineData("readability:\n  max_smog: 40\n", 2, 13, "\"max_smog\" should be a number from 1 to 30, not \"40\".")]
    [InlineData("readability:\n  max_sentence_words: 12.5\n", 2, 23,
        "\"max_sentence_words\" should be a whole number from 1 to 500, not \"12.5\".")]
    [InlineData("- a\n- b\n", 1, 1,
        "The configuration is a set of settings (\"organisation: ...\"), but this file holds a list.")]
    public void Settings_of_the_wrong_shape_are_reported_where_they_stand(string yaml, int line, int column,
        string message)
    {
        var d = Only(yaml);
        Assert.Equal(("invalid-value", line, column), (d.Rule, d.Line, d.Column));
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Wrong_settings_keep_their_defaults()
    {
        var config = Read("review:\n  max_interval_months: lots\n  due_soon_days: 30\n").Config;
        Assert.Equal((36, 30), (config.MaxIntervalMonths, config.DueSoonDays));
    }

    [Theory]
    [InlineData("reveiw:\n  due_soon_days: 30\n", 1, 1, "review")]
    [InlineData("review:\n  max_interval: 30\n", 2, 3, "max_interval_months")]
    [InlineData("readability:\n  max_smgo: 30\n", 2, 3, "max_smog")]
    public void Unknown_settings_suggest_the_nearest(string yaml, int line, int column, string suggestion)
    {
        var d = Only(yaml);
        Assert.Equal(("unknown-field", line, column, suggestion), (d.Rule, d.Line, d.Column, d.Suggestion));
    }

    [Fact]
    public void A_syntax_error_is_reported_at_the_parser_position()
    {
        var d = Only("rules:\n  spelling: off\n review: x\n");
        Assert.Equal(("yaml-syntax", 3, 2), (d.Rule, d.Line, d.Column));
    }

    [Fact]
    public void The_real_config_reads_cleanly()
    {
        var result = Read(Repository.ReadSeed("leaflets", "leaflettool.yaml"));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(Severity.Warning, result.Config.SeverityOf(RuleCatalogue.ReviewOverdue));
    }
}
