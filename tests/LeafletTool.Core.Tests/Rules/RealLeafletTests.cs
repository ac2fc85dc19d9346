using LeafletTool.Core.Config;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Rules.Contacts;
using LeafletTool.Core.Rules.Dates;
using LeafletTool.Core.Rules.Identity;
using LeafletTool.Core.Rules.Structure;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Tests.Rules;

/// <summary>The real cryotherapy leaflet: of the issue-2 rules, only review-overdue fires, at the review
/// value.</summary>
public class RealLeafletTests
{
    private static readonly ILeafletRule[] IssueTwoRules =
    [
        new ResourceNumberFormatRule(), new ResourceNumberDuplicateRule(), new DateFormatRule(),
        new ReviewBeforePublishedRule(),
        new ReviewIntervalRule(), new ReviewOverdueRule(), new ReviewDueSoonRule(), new PublishedInFutureRule(),
        new PhoneFormatRule(), new EmailFormatRule(), new LinkFormatRule(), new PlaceholderTextRule(),
    ];

    [Fact]
    public void Only_the_passed_review_date_is_reported()
    {
        var text = Repository.ReadSeed("leaflets", "cryotherapy-chronic-pain.yaml");
        var input = new LeafletInput("leaflets/cryotherapy-chronic-pain.yaml", text, ProjectConfig.Default,
            IsTarget: true);
        var outcome = Assert.Single(new LeafletValidator(IssueTwoRules)
            .Validate([input], new DateOnly(2026, 11, 23), jobs: 1));
        var d = Assert.Single(outcome.Diagnostics);
        Assert.Equal(("review-overdue", 5, 9), (d.Rule, d.Line, d.Column));
        Assert.Equal("The review date (June 2026) passed 146 days ago; review the leaflet and set a new date.",
            d.Message);
    }
}
