using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Core.Tests.Rendering;

/// <summary>Templates held in memory, named as if they were in a <c>templates/</c> folder.</summary>
public sealed class MemoryTemplates(Dictionary<string, string> files) : ITemplateSource
{
    public IReadOnlyList<string> Files() => files.Keys.Order(StringComparer.Ordinal).ToList();

    public string? Read(string relativePath) => files.GetValueOrDefault(relativePath);

    public string DisplayName(string relativePath) => "templates/" + relativePath;
}
