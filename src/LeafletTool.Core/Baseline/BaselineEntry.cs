namespace LeafletTool.Core.Baseline;

/// <summary>
/// One known finding in a baseline: the file (with <c>/</c>, relative to the folder the tool ran in), the rule, the
/// words in the source the finding points at, its message without numbers, and which occurrence it is among the
/// findings of that file with the same rule, words and message (1 for the first, in line order). No line number: a
/// finding keeps its entry when lines are added or removed elsewhere in the file.
/// </summary>
public sealed record BaselineEntry(string File, string Rule, string Text, string Message, int Occurrence)
{
    /// <summary>The order entries are written in: by file, rule, words, message, then occurrence (ordinal, so the
    /// same on every machine).</summary>
    public static readonly IComparer<BaselineEntry> Order = Comparer<BaselineEntry>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Rule, b.Rule);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Text, b.Text);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Message, b.Message);
        return c != 0 ? c : a.Occurrence.CompareTo(b.Occurrence);
    });
}
