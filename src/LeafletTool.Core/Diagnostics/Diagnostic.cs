using LeafletTool.Core.Text;

namespace LeafletTool.Core.Diagnostics;

/// <summary>One finding: which rule, how bad, where (1-based line and column) and, where one exists, the fix.</summary>
public sealed record Diagnostic(
    string Rule,
    Severity Severity,
    string Message,
    string File,
    int Line,
    int Column,
    string? Suggestion = null)
{
    public static Diagnostic At(RuleInfo rule, string file, SourcePosition position, string message,
        string? suggestion = null) =>
        new(rule.Id, rule.DefaultSeverity, message, file, position.Line, position.Column, suggestion);

    /// <summary>Stable report order: by file, then line, then column, then rule.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.File, b.File);
        if (c != 0) return c;
        c = a.Line.CompareTo(b.Line);
        if (c != 0) return c;
        c = a.Column.CompareTo(b.Column);
        if (c != 0) return c;
        c = string.CompareOrdinal(a.Rule, b.Rule);
        return c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
    });
}
