namespace LeafletTool.Core.Review;

/// <summary>Where a leaflet stands against its review date. <see cref="Invalid"/> is for a file that does not
/// load.</summary>
public enum ReviewStatus
{
    Current,
    DueSoon,
    Overdue,
    Invalid,
}

public static class ReviewStatusNames
{
    /// <summary>The names SPEC.md uses: <c>overdue</c>, <c>due-soon</c>, <c>current</c>, <c>invalid</c>.</summary>
    public static string ToName(this ReviewStatus status) => status switch
    {
        ReviewStatus.Overdue => "overdue",
        ReviewStatus.DueSoon => "due-soon",
        ReviewStatus.Current => "current",
        _ => "invalid",
    };
}
