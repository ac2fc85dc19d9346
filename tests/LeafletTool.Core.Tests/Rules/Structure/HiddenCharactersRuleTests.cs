using LeafletTool.Core.Rules.Structure;

namespace LeafletTool.Core.Tests.Rules.Structure;

public class HiddenCharactersRuleTests
{
    private static readonly HiddenCharactersRule Rule = new();

    [Theory]
    [InlineData("- Pain\u200brelief helps.", "zero-width space", "U+200B", "Pain relief", 13)]
    [InlineData("- Cryo\u200btherapy helps.", "zero-width space", "U+200B", "Cryotherapy", 13)]
    [InlineData("- Cryo\u00adtherapy helps.", "soft hyphen", "U+00AD", "Cryotherapy", 13)]
    [InlineData("- Go to the hos\u00a0pital today.", "non-breaking space inside a word", "U+00A0", "hospital", 22)]
    [InlineData("- Ring us\u202e today.", "bidirectional control character", "U+202E", "us", 16)]
    [InlineData("- A word\u2060joiner.", "word joiner", "U+2060", "word joiner.", 15)]
    [InlineData("- A zero\u200dwidth joiner.", "zero-width joiner", "U+200D", "zerowidth", 15)]
    [InlineData("- Bell\u0007 here.", "control character", "U+0007", "Bell", 13)]
    public void Each_hidden_character_is_named_where_it_is_with_the_word_without_it(
        string paragraph, string name, string code, string cleaned, int column)
    {
        var finding = TestLeaflet.Single(Rule, TestLeaflet.WithParagraph(paragraph));
        Assert.Equal((9, column), finding.At());
        Assert.Contains($"A hidden {name} ({code})", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"Without it: \"{cleaned}\"", finding.Message, StringComparison.Ordinal);
        Assert.Equal(cleaned, finding.Suggestion);
    }

    [Theory]
    [InlineData("- Take 10\u00a0mg twice a day.")] // a number and its unit: good typography
    [InlineData("- Call before 9\u00a0am.")]
    [InlineData("- Take your blood\u00a0pressure.")] // between two words: a choice
    [InlineData("- Ask Mr\u00a0Smith.")]
    [InlineData("- A family \U0001F468\u200d\U0001F469\u200d\U0001F467 emoji.")] // joiners inside an emoji
    [InlineData("- Plain text with tabs and “curly quotes” – and dashes.")]
    public void Characters_with_a_purpose_are_left_alone(string paragraph) =>
        Assert.Empty(TestLeaflet.Check(Rule, TestLeaflet.WithParagraph(paragraph)));

    [Fact]
    public void A_comment_line_is_not_leaflet_text()
    {
        var yaml = TestLeaflet.With("- It is considered", "# pasted\u200b note\n      - It is considered safer.");
        Assert.Empty(TestLeaflet.Check(Rule, yaml));
    }

    [Fact]
    public void Two_in_one_word_are_two_findings_on_the_same_line()
    {
        var findings = TestLeaflet.Check(Rule, TestLeaflet.WithParagraph("- Cryo\u00adtherapy\u200b helps."));
        Assert.Equal([(9, 13), (9, 21)], findings.Select(f => f.At()));
        Assert.All(findings, f => Assert.Equal("Cryotherapy", f.Suggestion));
    }
}
