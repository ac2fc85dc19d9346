namespace LeafletTool.Core.Diagnostics;

/// <summary>A rule's stable id, its default severity and the one-line description shown in help, SARIF and the
/// README.</summary>
public sealed record RuleInfo(string Id, Severity DefaultSeverity, string Description);
