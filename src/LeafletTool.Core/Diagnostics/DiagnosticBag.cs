using LeafletTool.Core.Text;

namespace LeafletTool.Core.Diagnostics;

/// <summary>Collects the findings for one source file. Rules report into it; nothing throws.</summary>
public sealed class DiagnosticBag(string file)
{
    private readonly List<Diagnostic> items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => items;

    public bool HasErrors => items.Exists(d => d.Severity == Severity.Error);

    public void Report(RuleInfo rule, SourcePosition position, string message, string? suggestion = null) =>
        items.Add(Diagnostic.At(rule, File, position, message, suggestion));

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);
}
