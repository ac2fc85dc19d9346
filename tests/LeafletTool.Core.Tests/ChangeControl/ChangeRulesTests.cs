using LeafletTool.Core.ChangeControl;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Tests.ChangeControl;

public class ChangeRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static LeafletSnapshot Snapshot(string yaml) =>
        LeafletSnapshot.Of(TestLeaflet.LoadResult(yaml).Leaflet!);

    private static IReadOnlyList<Diagnostic> Compare(string? old, string head, ProjectConfig? config = null) =>
        ChangeRules.Compare(old is null ? null : Snapshot(old), Snapshot(head), config ?? ProjectConfig.Default,
            "main", Today);

    private static readonly string Reworded = TestLeaflet.WithParagraph("- It is thought safer than others.");

    [Fact]
    public void Changed_words_without_a_new_version_is_an_error_on_the_resource_number_line()
    {
        var found = Compare(TestLeaflet.Minimal, Reworded);
        var error = Assert.Single(found, d => d.Rule == "version-not-bumped");
        Assert.Equal((Severity.Error, 2, 18), (error.Severity, error.Line, error.Column));
        Assert.Equal("5373/VER2", error.Suggestion);
        Assert.Contains("Benefits of cryotherapy", error.Message, StringComparison.Ordinal);
        var warning = Assert.Single(found, d => d.Rule == "published-not-updated");
        Assert.Equal((Severity.Warning, 3), (warning.Severity, warning.Line));
        Assert.Equal("2026-11", warning.Suggestion);
    }

    [Fact]
    public void A_bumped_version_and_date_is_clean()
    {
        var head = TestLeaflet.With(TestLeaflet.With(Reworded, "resource_number:", "resource_number: 5373/VER2"),
            "published:", "published: 2026-11");
        Assert.Empty(Compare(TestLeaflet.Minimal, head));
    }

    [Fact]
    public void A_bumped_version_with_the_old_date_is_only_a_warning()
    {
        var head = TestLeaflet.With(Reworded, "resource_number:", "resource_number: 5373/VER2");
        Assert.Equal(["published-not-updated"], Compare(TestLeaflet.Minimal, head).Select(d => d.Rule));
    }

    [Fact]
    public void A_new_leaflet_and_an_unchanged_one_fire_nothing()
    {
        Assert.Empty(Compare(null, Reworded));
        Assert.Empty(Compare(TestLeaflet.Minimal, TestLeaflet.With("owner:", "owner: Pain team")));
    }

    [Fact]
    public void A_new_base_number_is_a_warning_even_without_new_words()
    {
        var found = Compare(TestLeaflet.Minimal, TestLeaflet.With("resource_number:", "resource_number: 6000/VER1"));
        var warning = Assert.Single(found);
        Assert.Equal(("resource-number-changed", Severity.Warning), (warning.Rule, warning.Severity));
    }

    [Fact]
    public void Severities_follow_the_config_and_off_is_off()
    {
        var config = ProjectConfig.Default with
        {
            Rules = new Dictionary<string, Severity>
            {
                ["version-not-bumped"] = Severity.Warning,
                ["published-not-updated"] = Severity.Off,
            },
        };
        var found = Assert.Single(Compare(TestLeaflet.Minimal, Reworded, config));
        Assert.Equal(("version-not-bumped", Severity.Warning), (found.Rule, found.Severity));
    }

    [Fact]
    public void A_lower_version_is_not_a_bump()
    {
        var old = TestLeaflet.With("resource_number:", "resource_number: 5373/VER3");
        var found = Compare(old, TestLeaflet.With(Reworded, "resource_number:", "resource_number: 5373/VER2"));
        Assert.Contains(found, d => d.Rule == "version-not-bumped" && d.Message.Contains("not later than",
            StringComparison.Ordinal));
    }
}
