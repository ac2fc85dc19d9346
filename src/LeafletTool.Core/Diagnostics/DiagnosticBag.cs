using LeafletTool.Core.Text;

namespace LeafletTool.Core.Diagnostics;

/// <summary>
/// Collects the findings for one source file. Rules report into it; nothing throws. It keeps the first
/// <see cref="MaxPerRule"/> findings of each rule and counts the rest, listed as one closing finding of that rule
/// ("... and 12,000 more"): a file of one word repeated 100,000 times must not print 100,000 lines, and no real
/// leaflet comes near the limit.
/// </summary>
public sealed class DiagnosticBag(string file)
{
    /// <summary>The most findings of one rule listed for one file.</summary>
    public const int MaxPerRule = 100;

    private readonly List<Diagnostic> items = [];
    private Dictionary<string, int>? counts;
    private Dictionary<string, (Diagnostic First, int Count)>? dropped;

    public string File { get; } = file;

    /// <summary>The findings kept, then one finding for each rule that had more than <see cref="MaxPerRule"/>.</summary>
    public IReadOnlyList<Diagnostic> Items => dropped is null ? items : [.. items, .. Summaries()];

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public void Report(RuleInfo rule, SourcePosition position, string message, string? suggestion = null) =>
        Add(Diagnostic.At(rule, File, position, message, suggestion));

    public void Add(Diagnostic diagnostic)
    {
        counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        counts.TryGetValue(diagnostic.Rule, out var count);
        counts[diagnostic.Rule] = count + 1;
        if (count < MaxPerRule)
        {
            items.Add(diagnostic);
            return;
        }

        dropped ??= new Dictionary<string, (Diagnostic, int)>(StringComparer.Ordinal);
        dropped[diagnostic.Rule] = dropped.TryGetValue(diagnostic.Rule, out var seen)
            ? (seen.First, seen.Count + 1) : (diagnostic, 1);
    }

    /// <summary>Findings another bag listed (the loader's, say): kept as they are, already within the limit and
    /// with its closing findings, and counted towards it.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            items.Add(diagnostic);
            counts[diagnostic.Rule] = counts.GetValueOrDefault(diagnostic.Rule) + 1;
        }
    }

    private IEnumerable<Diagnostic> Summaries() =>
        dropped!.Select(d => d.Value.First with
        {
            Message = $"... and {d.Value.Count:N0} more \"{d.Key}\" findings in this file, from here on; only the "
                + $"first {MaxPerRule} of a rule are listed for one file.",
            Suggestion = null,
        });
}
