namespace LeafletTool.Core.ChangeControl;

/// <summary>The words every diff format shares: headings, section states, list prefixes, the summary.</summary>
public static class DiffWords
{
    public const string NoTextChange = "No change to what a patient reads.";

    /// <summary>A section to show, or a run of unchanged sections to show as one line.</summary>
    public sealed record Run(SectionDiff? Section, IReadOnlyList<string>? Unchanged);

    public static string Heading(LeafletDiff diff) =>
        diff.IsNew ? $"{diff.NewName} (new leaflet)"
        : diff.IsRenamed ? $"{diff.NewName} (was {diff.OldName})"
        : diff.NewName;

    public static string StateName(SectionState state) => state switch
    {
        SectionState.Added => "new section",
        SectionState.Removed => "section removed",
        SectionState.Changed => "changed",
        _ => "unchanged",
    };

    public static string FieldName(string field) => field.Replace('_', ' ');

    public static string Unchanged(IReadOnlyList<string> names) =>
        (names.Count == 1 ? "1 section unchanged: " : $"{names.Count} sections unchanged: ") + string.Join("; ", names);

    /// <summary>How a line starts in the text and markdown forms: "- " for a bullet, "1. " for a step.</summary>
    public static string Prefix(LineKind kind, int step) => kind switch
    {
        LineKind.Bullet => "- ",
        LineKind.Step => $"{step}. ",
        LineKind.Note => "Note: ",
        LineKind.Heading => "Heading: ",
        _ => "",
    };

    /// <summary>The lines of a section to show: all but its heading when the heading did not change (the section's
    /// name shows it).</summary>
    public static IEnumerable<DiffLine> Shown(SectionDiff section) =>
        section.Lines.Where(l => l.Kind != LineKind.Heading || l.Changed);

    /// <summary>The spans of a line, each as <paramref name="render"/> makes it, a space between them except before
    /// punctuation written against the word before (when <paramref name="attach"/> lets it).</summary>
    public static string Join(IReadOnlyList<DiffSpan> spans, Func<DiffSpan, int, string> render,
        Func<DiffSpan, bool>? attach = null)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < spans.Count; i++)
        {
            if (i > 0 && !(spans[i].Attached && (attach?.Invoke(spans[i]) ?? true))) builder.Append(' ');
            builder.Append(render(spans[i], i));
        }

        return builder.ToString();
    }

    /// <summary>The sections in order, each run of unchanged ones collapsed into one.</summary>
    public static IEnumerable<Run> Runs(IReadOnlyList<SectionDiff> sections)
    {
        var unchanged = new List<string>();
        foreach (var section in sections)
        {
            if (section.State == SectionState.Unchanged)
            {
                unchanged.Add(section.Name);
                continue;
            }

            if (unchanged.Count > 0) yield return new Run(null, unchanged);
            unchanged = [];
            yield return new Run(section, null);
        }

        if (unchanged.Count > 0) yield return new Run(null, unchanged);
    }

    public static string Summary(IReadOnlyList<LeafletDiff> diffs)
    {
        var changed = diffs.Count(d => d.TextChanged);
        var (inserted, deleted) = diffs.Aggregate((0, 0), (sum, d) =>
        {
            var (i, del) = d.WordCounts();
            return (sum.Item1 + i, sum.Item2 + del);
        });
        var leaflets = diffs.Count == 1 ? "1 leaflet" : $"{diffs.Count} leaflets";
        return $"{leaflets} compared: {changed} with changes a patient reads, {Count(inserted, "word")} inserted, "
            + $"{Count(deleted, "word")} deleted.";
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
