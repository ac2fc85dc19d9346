using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Review;

namespace LeafletTool.Core.Reporting;

/// <summary>Why a leaflet is listed as <c>invalid</c>: its first error, where it stands.</summary>
public sealed record ReportError(string Rule, int Line, int Column, string Message)
{
    /// <summary>"line 4, column 9: The review date …", for tables and pages.</summary>
    public string Describe() => $"line {Line}, column {Column}: {Message}";
}

/// <summary>
/// One leaflet in the review report. Text fields are as the source wrote them (trimmed), or null where the
/// source lacks them. <see cref="Days"/> and <see cref="Due"/> are null only for an <c>invalid</c> row.
/// </summary>
public sealed record ReportRow(
    string File,
    string? ResourceNumber,
    string? Title,
    string? Owner,
    string? Published,
    string? Review,
    ReviewStatus Status,
    int? Days,
    DateOnly? Due,
    ReportError? Error,
    ReadabilityScores? Readability);
