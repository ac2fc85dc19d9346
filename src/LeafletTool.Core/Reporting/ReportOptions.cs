using LeafletTool.Core.Review;

namespace LeafletTool.Core.Reporting;

/// <summary>
/// What to report on: the day to judge by, the due-soon window (null: each leaflet's <c>due_soon_days</c>),
/// which statuses to keep (empty: all) and whose leaflets (null: everyone's).
/// </summary>
public sealed record ReportOptions(DateOnly AsOf, int? Within = null, IReadOnlySet<ReviewStatus>? Statuses = null,
    string? Owner = null)
{
    public IReadOnlySet<ReviewStatus> Statuses { get; init; } = Statuses ?? new HashSet<ReviewStatus>();
}
