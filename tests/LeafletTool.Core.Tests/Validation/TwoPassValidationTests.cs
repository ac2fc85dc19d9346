using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Validation;

/// <summary>
/// The two passes of a check: the first gathers the corpus and keeps loaded leaflets only within the budget;
/// loading every file again in the second pass gives exactly what keeping them gives.
/// </summary>
public class TwoPassValidationTests
{
    private static readonly LeafletValidator LoadTwice = new(RuleSet.All) { KeptSourceBudget = 0 };

    /// <summary>Two leaflets sharing a resource number, one with a near miss of a word the others use often, one that
    /// is not YAML, and one only there for the corpus.</summary>
    private static List<LeafletInput> Inputs()
    {
        var stoma = TestLeaflet.WithParagraph("- Empty the stoma bag. Clean the stoma gently. Check the stoma daily.");
        return
        [
            new("leaflets/a.yaml", TestLeaflet.With(stoma, "resource_number:", "resource_number: 1001/VER1"),
            ProjectConfig.Default, IsTarget: true),
            new("leaflets/b.yaml", TestLeaflet.With(stoma, "resource_number:", "resource_number: 1001/ver1 "),
                ProjectConfig.Default, IsTarget: true),
            new("leaflets/c.yaml", TestLeaflet.WithParagraph("- Your stomma nurse will visit."), ProjectConfig.Default,
                IsTarget: true),
            new("leaflets/d.yaml", "title: [unclosed", ProjectConfig.Default, IsTarget: true),
            new("other/e.yaml", TestLeaflet.With(stoma, "resource_number:", "resource_number: 1001/VER1"),
                ProjectConfig.Default, IsTarget: false),
            LeafletInput.Unreadable("leaflets/f.yaml", ProjectConfig.Default, isTarget: true,
                "The file is saved as UTF-16."),
        ];
    }

    [Fact]
    public void Loading_every_file_twice_gives_the_same_outcomes_as_keeping_them_loaded()
    {
        var kept = LeafletValidator.Default.Validate(Inputs(), TestLeaflet.Today, jobs: 1);
        var twice = LoadTwice.Validate(Inputs(), TestLeaflet.Today, jobs: 3);

        Assert.Equal(["leaflets/a.yaml", "leaflets/b.yaml", "leaflets/c.yaml", "leaflets/d.yaml", "leaflets/f.yaml"],
            twice.Select(o => o.Input.Name));
        Assert.Equal(kept.Select(o => o.Input.Name), twice.Select(o => o.Input.Name));
        for (var i = 0; i < kept.Count; i++)
        {
            Assert.Equal(kept[i].Diagnostics, twice[i].Diagnostics);
            Assert.Equal(kept[i].Leaflet is null, twice[i].Leaflet is null);
        }

        var duplicate = Assert.Single(twice[0].Diagnostics, d => d.Rule == RuleCatalogue.ResourceNumberDuplicate.Id);
        Assert.Equal("The resource number \"1001/VER1\" is also used by leaflets/b.yaml and other/e.yaml. Each leaflet "
            + "needs its own number: give one of them a new one.", duplicate.Message);
        var nearMiss = Assert.Single(twice[2].Diagnostics, d => d.Rule == RuleCatalogue.SpellingInconsistent.Id);
        Assert.Equal("stomma: did you mean stoma (used 9 times across the leaflets in this folder)?", nearMiss.Message);
        Assert.Equal((9, 14), (nearMiss.Line, nearMiss.Column));
        Assert.Equal(RuleCatalogue.UnreadableFile.Id, Assert.Single(twice[4].Diagnostics).Rule);
    }

    [Fact]
    public void The_first_pass_keeps_the_leaflets_asked_about_loaded_only_within_the_budget()
    {
        var inputs = Inputs();
        var size = inputs.Where(i => i.IsTarget).Sum(i => i.SourceLength);

        Assert.Equal(5, new LeafletValidator(RuleSet.All) { KeptSourceBudget = size }.Gather(inputs).Kept);
        Assert.Equal(0, new LeafletValidator(RuleSet.All) { KeptSourceBudget = size - 1 }.Gather(inputs).Kept);
        Assert.Equal(0, LoadTwice.Gather(inputs).Kept);
    }

    [Fact]
    public void A_leaflet_kept_from_the_first_pass_is_handed_over_once_and_then_loaded_again()
    {
        var input = Inputs()[0];
        var first = LeafletValidator.Default.Gather([input]);

        var handedOver = first.Load(input);
        Assert.Equal(0, first.Kept);
        var again = first.Load(input);

        Assert.NotSame(handedOver.Leaflet, again.Leaflet);
        Assert.Equal(handedOver.Leaflet!.Title, again.Leaflet!.Title);
        Assert.Equal(1, first.Corpus.Count);
    }

    [Fact]
    public void Only_what_keep_makes_of_each_outcome_is_returned_in_the_order_of_the_files_asked_about()
    {
        var kept = LoadTwice.Validate(Inputs(), TestLeaflet.Today, jobs: 2,
            o => $"{o.Input.Name} {o.Diagnostics.Count(d => d.Severity == Severity.Error)}");

        Assert.Equal(
            ["leaflets/a.yaml 1", "leaflets/b.yaml 2", "leaflets/c.yaml 0", "leaflets/d.yaml 1", "leaflets/f.yaml 1"],
            kept);
    }

    [Fact]
    public void Without_spelling_inconsistent_the_corpus_counts_no_words()
    {
        var off =
            ProjectConfig.Default with
            {
                Rules = new Dictionary<string, Severity> { ["spelling-inconsistent"] = Severity.Off },
            };
        var inputs = Inputs().Select(i => i with { Config = off }).ToList();

        var first = LoadTwice.Gather(inputs);

        Assert.Throws<InvalidOperationException>(() => first.Corpus.Words);
        Assert.NotEmpty(LoadTwice.Gather(Inputs()).Corpus.Words.Counts);
        Assert.DoesNotContain(LoadTwice.Validate(inputs, TestLeaflet.Today).SelectMany(o => o.Diagnostics),
            d => d.Rule == RuleCatalogue.SpellingInconsistent.Id);
    }

    [Fact]
    public void A_source_kept_as_utf8_reads_as_the_same_text_and_is_checked_the_same()
    {
        var text = "\uFEFF" + TestLeaflet.WithParagraph("- Café au lait, naïve résumé.");
        var fromText = new LeafletInput("leaflets/x.yaml", text, ProjectConfig.Default, IsTarget: true);
        var fromBytes = LeafletInput.FromUtf8("leaflets/x.yaml", Encoding.UTF8.GetBytes(text), ProjectConfig.Default,
            isTarget: true);

        Assert.Equal(text, fromBytes.Text);
        Assert.True(fromBytes.HasText);
        Assert.Equal(Encoding.UTF8.GetByteCount(text), fromBytes.SourceLength);
        Assert.Equal(text.Length, fromText.SourceLength);
        Assert.False(LeafletInput.Unreadable("x.yaml", ProjectConfig.Default, true, "gone").HasText);
        Assert.Equal(
            Assert.Single(LeafletValidator.Default.Validate([fromText], TestLeaflet.Today)).Diagnostics,
            Assert.Single(LoadTwice.Validate([fromBytes], TestLeaflet.Today)).Diagnostics);
    }
}
