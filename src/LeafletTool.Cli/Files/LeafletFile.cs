namespace LeafletTool.Cli.Files;

/// <summary>A leaflet source on disk: where it is, the name diagnostics give it, and whether it was asked
/// about.</summary>
public sealed record LeafletFile(string FullPath, string DisplayName, bool IsTarget)
{
    public string Directory => Path.GetDirectoryName(FullPath)!;
}
