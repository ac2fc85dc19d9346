using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary>What a formatter writes: the findings, how many files were checked, and whether infos are wanted in
/// text.</summary>
public sealed record DiagnosticReport(
    IReadOnlyList<Diagnostic> Diagnostics, int Files, bool Verbose = false, bool Colour = false)
{
    /// <summary>Extra lines for the text format, after the findings and before the summary (the readability of each
    /// leaflet with --verbose).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>How many findings a baseline (<c>--baseline</c>) left out of <see cref="Diagnostics"/>; null when
    /// no baseline was used.</summary>
    public int? Baselined { get; init; }

    /// <summary>Text output lists at most this many findings, then counts them by rule; null: all.</summary>
    public int? MaxFindings { get; init; }

    /// <summary>Text output lists only errors (--quiet); the summary still counts everything.</summary>
    public bool Quiet { get; init; }

    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public int Infos => Diagnostics.Count(d => d.Severity == Severity.Info);
}

/// <summary>One output format for diagnostics. Each format is one class; none knows about the others.</summary>
public interface IDiagnosticFormatter
{
    void Write(DiagnosticReport report, TextWriter writer);
}

public static class DiagnosticFormatters
{
    public static readonly string[] Names = ["text", "json", "github", "sarif"];

    public static IDiagnosticFormatter For(string name) => name switch
    {
        "json" => new JsonFormatter(),
        "github" => new GitHubFormatter(),
        "sarif" => new SarifFormatter(),
        _ => new TextFormatter(),
    };
}
