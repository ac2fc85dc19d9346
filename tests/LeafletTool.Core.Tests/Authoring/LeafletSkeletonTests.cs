using LeafletTool.Core.Authoring;
using LeafletTool.Core.Config;
using LeafletTool.Core.Schema;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Authoring;

public class LeafletSkeletonTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private static LeafletOutcome Validate(string yaml) =>
        LeafletValidator.Default.Validate(
            [new LeafletInput("leaflets/knee-pain.yaml", yaml, ProjectConfig.Default, true)], Today).Single();

    [Fact]
    public void It_is_published_this_month_and_due_for_review_after_the_longest_interval()
    {
        var yaml = LeafletSkeleton.Create("knee-pain", "Knee pain", "Physiotherapy", "5374/VER1", Today, 36);
        var leaflet = Validate(yaml).Leaflet!;
        Assert.StartsWith(LeafletSchema.ModelineForSameFolder + "\n", yaml, StringComparison.Ordinal);
        Assert.Equal("2026-11", leaflet.Published!.Value);
        Assert.Equal("2029-11", leaflet.Review!.Value);
        Assert.Equal("5374/VER1", leaflet.ResourceNumber!.Value);
        Assert.Equal("Physiotherapy", leaflet.Contacts[0].Name!.Value);
        Assert.Equal("2027-11",
            Validate(LeafletSkeleton.Create("a", null, "O", "1/VER1", Today, 12)).Leaflet!.Review!.Value);
    }

    [Fact]
    public void The_only_findings_are_the_three_lines_to_fill_in()
    {
        // The skeleton holds no drafting text: what is left to write is empty, and validate points at each line.
        // Rules registered in RuleSet.All run too, so this stays true as rules are added.
        var outcome = Validate(
            LeafletSkeleton.Create("knee-pain", "Knee pain", "Physiotherapy", "5374/VER1", Today, 36));
        Assert.Equal(
            [("missing-field", 10), ("missing-field", 13), ("missing-field", 17)],
            outcome.Diagnostics.Where(d => d.Severity >= Diagnostics.Severity.Warning).Select(d => (d.Rule, d.Line)));
    }

    [Fact]
    public void Filled_in_on_its_lines_it_has_no_finding_and_no_comment_after_the_text()
    {
        var yaml = LeafletSkeleton.Create("knee-pain", "Knee pain", "Physiotherapy", "5374/VER1", Today, 36)
            .Replace("  - heading:\n", "  - heading: What is knee pain?\n", StringComparison.Ordinal)
            .Replace("      -\n", "      - Knee pain is common.\n", StringComparison.Ordinal)
            .Replace("    phone:\n", "    phone: 020 7188 4714\n", StringComparison.Ordinal);
        Assert.DoesNotContain(Validate(yaml).Diagnostics, d => d.Severity >= Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Without_an_owner_the_owner_and_contact_name_are_left_to_fill_in()
    {
        var yaml = LeafletSkeleton.Create("knee-pain", null, null, "5374/VER1", Today, 36);
        Assert.Contains("title: Knee pain\n", yaml, StringComparison.Ordinal);
        Assert.Equal([7, 11, 14, 17, 19],
            Validate(yaml).Diagnostics.Where(d => d.Rule == "missing-field").Select(d => d.Line));
    }

    [Fact]
    public void Titles_and_owners_with_yaml_symbols_are_quoted()
    {
        var leaflet = Validate(
            LeafletSkeleton.Create("a", "Knee: what next?", "#1 team", "1/VER1", Today, 36)).Leaflet!;
        Assert.Equal("Knee: what next?", leaflet.Title!.Value);
        Assert.Equal("#1 team", leaflet.Owner!.Value);
    }

    [Fact]
    public void A_title_or_owner_with_a_hash_after_a_space_is_quoted_so_no_words_become_a_comment()
    {
        var outcome = Validate(LeafletSkeleton.Create("a", "Ward 5 #2 bay", "Nurses #3 team", "1/VER1", Today, 36));
        Assert.Equal("Ward 5 #2 bay", outcome.Leaflet!.Title!.Value);
        Assert.Equal("Nurses #3 team", outcome.Leaflet.Owner!.Value);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Rule == "comment-in-text");
    }
}
