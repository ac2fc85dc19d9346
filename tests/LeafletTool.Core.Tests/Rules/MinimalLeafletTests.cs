using LeafletTool.Core.Config;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Rules;

public class MinimalLeafletTests
{
    [Fact]
    public void The_minimal_test_leaflet_is_clean_under_every_rule()
    {
        var input = new LeafletInput(TestLeaflet.Name, TestLeaflet.Minimal, ProjectConfig.Default, IsTarget: true);
        var outcome = Assert.Single(LeafletValidator.Default.Validate([input], TestLeaflet.Today, jobs: 1));
        Assert.Empty(outcome.Diagnostics);
    }

    [Fact]
    public void Every_rule_in_the_set_has_a_catalogued_id_and_appears_once()
    {
        var ids = RuleSet.All.Select(r => r.Info.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(RuleSet.All, r => Assert.Same(Core.Diagnostics.RuleCatalogue.Find(r.Info.Id), r.Info));
        foreach (var id in new[]
                 {
                     "resource-number-format", "resource-number-duplicate", "date-format", "review-before-published",
                     "review-interval", "review-overdue", "review-due-soon", "published-in-future", "phone-format",
                     "email-format", "link-format", "placeholder-text",
                 })
        {
            Assert.Contains(id, ids);
        }
    }
}
