using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Text;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Config;

public class StyleSettingsTests
{
    private static ConfigResult Read(string yaml)
        => ConfigReader.Read(SourceDocument.FromText("leaflettool.yaml", yaml));

    [Fact]
    public void Abbreviations_and_plain_words_are_read()
    {
        var result = Read("""
            abbreviations:
              - PALS
              - ECG
            plain_words:
              ambulate: walk
              in receipt of: get | have
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["PALS", "ECG"], result.Config.Abbreviations);
        Assert.Equal("walk", result.Config.PlainWords["ambulate"]);
        Assert.Equal("get | have", result.Config.PlainWords["in receipt of"]);
    }

    [Theory]
    [InlineData("abbreviations:\n  - [PALS]\n", 2, 5)]
    [InlineData("plain_words: utilise\n", 1, 14)]
    [InlineData("plain_words:\n  utilise:\n", 2, 11)]
    public void A_wrong_entry_is_reported_where_it_stands(string yaml, int line, int column)
    {
        var finding = Assert.Single(Read(yaml).Diagnostics);

        Assert.Equal(RuleCatalogue.InvalidValue.Id, finding.Rule);
        Assert.Equal((line, column), (finding.Line, finding.Column));
    }

    [Fact]
    public void A_misspelt_key_is_still_reported_as_unknown()
    {
        var finding = Assert.Single(Read("abbreviation:\n  - PALS\n").Diagnostics);

        Assert.Equal(RuleCatalogue.UnknownField.Id, finding.Rule);
        Assert.Contains("abbreviations", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain-words", "error", Severity.Error)]
    [InlineData("medical-jargon", "warning", Severity.Warning)]
    [InlineData("block-capitals", "info", Severity.Info)]
    public void Each_style_rule_takes_a_severity_from_the_config(string id, string setting, Severity expected)
    {
        var config = Read($"rules:\n  {id}: {setting}\n").Config;
        var yaml = LanguageLeaflet.WithParagraph("DO NOT EAT prior to the oedema check.");
        var input = new LeafletInput("leaflets/language-test.yaml", yaml, config, true);

        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], new DateOnly(2026, 1, 15), jobs: 1));

        Assert.Equal(expected, Assert.Single(outcome.Diagnostics, d => d.Rule == id).Severity);
    }

    [Fact]
    public void A_style_rule_set_off_does_not_run()
    {
        var config = Read("rules:\n  plain-words: off\n").Config;
        var yaml = LanguageLeaflet.WithParagraph("Stop eating prior to the test.");
        var input = new LeafletInput("leaflets/language-test.yaml", yaml, config, true);

        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], new DateOnly(2026, 1, 15), jobs: 1));

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == "plain-words");
    }
}
