using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Language;

namespace LeafletTool.Core.Tests.Rules.Language;

public class SpellingInconsistentRuleTests
{
    private static readonly SpellingInconsistentRule Rule = new();
    private static readonly SpellingRule Spelling = new();

    [Fact]
    public void A_near_miss_of_a_word_used_much_more_often_in_the_leaflet_names_that_word_and_replaces_spelling()
    {
        var paragraph = "Cryotherapy freezes nerves. After cryotherapy rest. Ask about cryotherapy risks. Your "
            + "cyrotherapy nurse will call.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph);

        var finding = LanguageLeaflet.Single(Rule, yaml);

        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "cyrotherapy"), finding.Position());
        Assert.Equal("cyrotherapy: did you mean cryotherapy (used 3 times in this leaflet)?", finding.Message);
        Assert.Equal("cryotherapy", finding.Suggestion);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Empty(LanguageLeaflet.Check(Spelling, yaml));
    }

    [Fact]
    public void The_suggestion_keeps_the_capitals_of_the_word_written()
    {
        var yaml = LanguageLeaflet.WithParagraph("Cryotherapy helps. Cryotherapy is safe. Cryotherapy is quick. "
            + "Cyrotherapy is cold.");

        Assert.Equal("Cryotherapy", LanguageLeaflet.Single(Rule, yaml).Suggestion);
    }

    [Fact]
    public void A_word_used_too_few_times_is_not_an_anchor_and_the_typo_stays_a_spelling_finding()
    {
        var yaml = LanguageLeaflet.WithParagraph("Cryotherapy helps. Ask about cryotherapy. Your cyrotherapy nurse "
            + "will call.");

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
        Assert.Equal("cryotherapy", LanguageLeaflet.Single(Spelling, yaml).Suggestion);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void The_anchor_must_be_used_three_times_as_often_as_the_near_miss(int anchorUses, bool flagged)
    {
        var paragraph = string.Concat(Enumerable.Repeat("Zolvex helps. ", anchorUses)) + "Zolvec once. Zolvec twice.";
        var yaml = LanguageLeaflet.WithParagraph(paragraph) + "accept: [Zolvex]\n";

        Assert.Equal(flagged ? 2 : 0, LanguageLeaflet.Check(Rule, yaml).Count);
        Assert.Equal(flagged ? 0 : 2, LanguageLeaflet.Check(Spelling, yaml).Count);
    }

    [Fact]
    public void An_inflection_of_the_frequent_word_is_not_a_near_miss_of_it()
    {
        var yaml = LanguageLeaflet.WithParagraph("Zolvex helps. Zolvex is safe. Zolvex is quick. Two Zolvexs are too "
            + "many.") + "accept: [Zolvex]\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
        // "Zolvexs", capitalised inside a sentence, is a name (SPEC): no spelling warning either.
        Assert.Empty(LanguageLeaflet.Check(Spelling, yaml));
    }

    [Theory]
    [InlineData("cyrotherpy", true)] // 10 letters: a swap and a missing letter, distance 2
    [InlineData("bnadgae", false)] // 7 letters: distance 2 is too far
    public void Words_of_eight_letters_or_more_may_be_two_slips_away_shorter_words_one(string typo, bool flagged)
    {
        var anchor = typo.StartsWith('c') ? "cryotherapy" : "bandage";
        var yaml = LanguageLeaflet.WithParagraph($"The {anchor} helps. The {anchor} is safe. The {anchor} is quick. "
            + $"The {typo} is here.");

        Assert.Equal(flagged, LanguageLeaflet.Check(Rule, yaml).Count == 1);
        Assert.Equal(flagged, LanguageLeaflet.Check(Spelling, yaml).Count == 0);
    }

    [Fact]
    public void A_near_miss_of_a_word_used_often_across_the_folder_names_it_with_the_folders_count()
    {
        var others = Enumerable.Range(0, 2).Select(i => LanguageLeaflet.Load(
            LanguageLeaflet.WithParagraph("Empty the stoma bag. Clean the stoma gently. Check the stoma daily."),
            $"leaflets/other-{i}.yaml"));
        var paragraph = "Your stomma nurse will visit.";
        var target = LanguageLeaflet.Load(LanguageLeaflet.WithParagraph(paragraph));
        var corpus = Corpus.Build([.. others, target]);

        var findings = Run(Rule, target, corpus);

        var finding = Assert.Single(findings);
        Assert.Equal(LanguageLeaflet.InParagraph(paragraph, "stomma"), finding.Position());
        Assert.Equal("stomma: did you mean stoma (used 6 times across the leaflets in this folder)?", finding.Message);
        Assert.Empty(Run(Spelling, target, corpus));
        Assert.Empty(Run(Rule, target, Corpus.Build([target])));
    }

    [Fact]
    public void With_the_rule_off_the_near_miss_is_reported_by_spelling()
    {
        var yaml = LanguageLeaflet.WithParagraph("Cryotherapy helps. Ask about cryotherapy. Cryotherapy is quick. Your "
            + "cyrotherapy nurse will call.");
        var config =
            ProjectConfig.Default with
            {
                Rules = new Dictionary<string, Severity> { ["spelling-inconsistent"] = Severity.Off },
            };

        var finding = LanguageLeaflet.Single(Spelling, yaml, config);

        Assert.Equal("cryotherapy", finding.Suggestion);
    }

    [Fact]
    public void Title_and_headings_are_checked_but_not_counted_as_uses()
    {
        var yaml = LanguageLeaflet.WithParagraph("Zolvec is here.")
            .Replace("About this leaflet", "Zolvex Zolvex Zolvex", StringComparison.Ordinal)
            + "accept: [Zolvex]\n";

        Assert.Empty(LanguageLeaflet.Check(Rule, yaml));
    }

    private static IReadOnlyList<Diagnostic> Run(ILeafletRule rule, Leaflet leaflet, Corpus corpus)
    {
        var bag = new DiagnosticBag(leaflet.File);
        rule.Check(leaflet, new RuleContext(new DateOnly(2026, 1, 15), ProjectConfig.Default, corpus), bag);
        return bag.Items;
    }
}
