using LeafletTool.Core.Importing;

namespace LeafletTool.Cli.Importing;

/// <summary>One source of a batch: imported into a file, or failed with one line saying why.</summary>
public sealed record ImportOutcome(string Source, string? File, ImportResult? Result, string? Failure);
