using LeafletTool.Core.Dates;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Review;
using LeafletTool.Core.Validation;

namespace LeafletTool.Core.Reporting;

/// <summary>
/// Builds the review report from checked leaflets. A leaflet is <c>invalid</c> when its review date cannot be
/// known (the file does not load, or <c>review</c> is missing or not a date); any other leaflet gets its real
/// status, whatever else is wrong with it. Rows are sorted by due date, oldest first, then by file;
/// invalid rows, which have no due date, come last, by file.
/// </summary>
public static class ReportBuilder
{
    public static ReviewReport Build(IEnumerable<LeafletOutcome> outcomes, ReportOptions options,
        Func<Leaflet, ReadabilityScores?> measure) =>
        Build(outcomes.Select(o => RowFor(o, options, measure)), options);

    /// <summary>The report of rows already made with <see cref="RowFor"/> (one per file, as each is checked): filtered
    /// and sorted.</summary>
    public static ReviewReport Build(IEnumerable<ReportRow> unfiltered, ReportOptions options)
    {
        var rows = unfiltered
            .Where(r => Keep(r, options))
            .OrderBy(r => r.Due ?? DateOnly.MaxValue)
            .ThenBy(r => r.Status == ReviewStatus.Invalid ? 1 : 0)
            .ThenBy(r => r.File, StringComparer.Ordinal)
            .ToList();
        return new ReviewReport(options.AsOf, options.Within, rows);
    }

    /// <summary>
    /// The filters. An invalid leaflet passes any status filter, because its review date (and so its real
    /// status) is unknown: hiding it could hide an overdue leaflet. The owner filter compares case-insensitively
    /// and keeps leaflets whose owner cannot be read, for the same reason.
    /// </summary>
    public static bool Keep(ReportRow row, ReportOptions options)
    {
        if (options.Statuses.Count > 0 && row.Status != ReviewStatus.Invalid && !options.Statuses.Contains(row.Status))
            return false;
        return options.Owner is null || row.Owner is null
            || string.Equals(row.Owner, options.Owner.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    public static ReportRow RowFor(LeafletOutcome outcome, ReportOptions options,
        Func<Leaflet, ReadabilityScores?> measure)
    {
        var leaflet = outcome.Leaflet;
        var row = new ReportRow(
            outcome.Input.Name,
            Clean(leaflet?.ResourceNumber),
            Clean(leaflet?.Title),
            Clean(leaflet?.Owner),
            Clean(leaflet?.Published),
            Clean(leaflet?.Review),
            ReviewStatus.Invalid,
            Days: null,
            Due: null,
            Error: null,
            Readability: null);
        if (leaflet?.ReviewDate is not { } review)
        {
            return row with { Error = FirstError(outcome) };
        }

        var window = options.Within ?? outcome.Input.Config.DueSoonDays;
        return row with
        {
            Review = review.ToString(),
            Status = ReviewSchedule.StatusOf(review, options.AsOf, window),
            Days = ReviewSchedule.DaysUntilDue(review, options.AsOf),
            Due = review.LastDay,
            Readability = measure(leaflet),
        };
    }

    /// <summary>
    /// The error that makes the leaflet invalid: the first error on the review date's line when there is a review
    /// date that cannot be read, else the first error in the file; when no finding explains it (a rule set to
    /// warning or off), a description of what stops the review date being read.
    /// </summary>
    private static ReportError FirstError(LeafletOutcome outcome)
    {
        var review = outcome.Leaflet?.Review;
        var errors = outcome.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var first = errors.FirstOrDefault(d => review is not null && d.Line == review.Start.Line)
            ?? errors.FirstOrDefault();
        if (first is not null) return new ReportError(first.Rule, first.Line, first.Column, first.Message);
        if (review is null)
        {
            return new ReportError(RuleCatalogue.MissingField.Id, 1, 1,
                "The leaflet has no \"review\" date, so it cannot be judged.");
        }

        var parsed = DateParser.Parse(review.Value);
        var hint = parsed.Suggestion is null ? "" : $"; write {parsed.Suggestion}";
        return new ReportError(RuleCatalogue.DateFormat.Id, review.Start.Line, review.Start.Column,
            $"The review date {parsed.Problem ?? $"\"{review.Value}\" cannot be read"}{hint}.");
    }

    private static string? Clean(LocatedText? text) => text is null ? null : Collapse(text.Value);

    private static string? Collapse(string value)
    {
        var words = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }
}
