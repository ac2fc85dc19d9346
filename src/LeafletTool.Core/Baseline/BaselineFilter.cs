using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Baseline;

/// <summary>The findings still to show once the known ones are taken out, and how many were known (null: no
/// baseline was used).</summary>
public sealed record BaselineResult(IReadOnlyList<Diagnostic> Shown, int? Baselined);

/// <summary>Applies a baseline to findings, and makes the entries of a new one. No files: the caller reads and
/// writes them.</summary>
public static class BaselineFilter
{
    /// <summary>Keeps the findings whose entry is not in <paramref name="known"/>, in their order.</summary>
    public static BaselineResult Apply(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<BaselineEntry> entries,
        IEnumerable<BaselineEntry> known)
    {
        var set = known.ToHashSet();
        var shown = new List<Diagnostic>(diagnostics.Count);
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (!set.Contains(entries[i])) shown.Add(diagnostics[i]);
        }

        return new BaselineResult(shown, diagnostics.Count - shown.Count);
    }

    /// <summary>
    /// The entries of an updated baseline: every current finding, and the old entries of files this run did not look
    /// at (<paramref name="keepOld"/> says which: a file checked now, or one that no longer exists, loses its old
    /// entries), sorted and without repeats.
    /// </summary>
    public static IReadOnlyList<BaselineEntry> Update(IEnumerable<BaselineEntry> old,
        IReadOnlyList<BaselineEntry> current, Func<string, bool> keepOld)
    {
        var files = current.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
        return old.Where(e => !files.Contains(e.File) && keepOld(e.File))
            .Concat(current)
            .Distinct()
            .Order(BaselineEntry.Order)
            .ToList();
    }
}
