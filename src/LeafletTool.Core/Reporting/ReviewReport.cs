using LeafletTool.Core.Review;

namespace LeafletTool.Core.Reporting;

/// <summary>How many leaflets one owner has in each status.</summary>
public sealed record OwnerCounts(string Owner, int Overdue, int DueSoon, int Current, int Invalid)
{
    public int Total => Overdue + DueSoon + Current + Invalid;
}

/// <summary>The review report: its rows in order, the date it was judged by, and the counts every format
/// shows.</summary>
public sealed record ReviewReport(DateOnly AsOf, int? Within, IReadOnlyList<ReportRow> Rows)
{
    /// <summary>The name shown for leaflets whose owner cannot be read.</summary>
    public const string UnknownOwner = "(owner not known)";

    /// <summary>The statuses in the order every format lists them: the most urgent first.</summary>
    public static IReadOnlyList<ReviewStatus> StatusOrder { get; } =
        [ReviewStatus.Overdue, ReviewStatus.DueSoon, ReviewStatus.Current, ReviewStatus.Invalid];

    public int Count(ReviewStatus status) => Rows.Count(r => r.Status == status);

    /// <summary>Each owner's counts: the owners with the most overdue leaflets first, then the most due soon, then by
    /// name.</summary>
    public IReadOnlyList<OwnerCounts> ByOwner() => Rows
        .GroupBy(r => r.Owner ?? UnknownOwner, StringComparer.OrdinalIgnoreCase)
        .Select(g => new OwnerCounts(
            g.First().Owner ?? UnknownOwner,
            g.Count(r => r.Status == ReviewStatus.Overdue),
            g.Count(r => r.Status == ReviewStatus.DueSoon),
            g.Count(r => r.Status == ReviewStatus.Current),
            g.Count(r => r.Status == ReviewStatus.Invalid)))
        .OrderByDescending(o => o.Overdue)
        .ThenByDescending(o => o.DueSoon)
        .ThenBy(o => o.Owner, StringComparer.OrdinalIgnoreCase)
        .ThenBy(o => o.Owner, StringComparer.Ordinal)
        .ToList();
}
