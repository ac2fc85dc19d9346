using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;
using LeafletTool.Core.Tests.Rendering;

namespace LeafletTool.Core.Tests.Building;

/// <summary>The repository's own templates, read into memory and compiled once.</summary>
internal static class RepoTemplates
{
    private static readonly Lazy<TemplateSet> Compiled = new(() =>
    {
        var root = Path.Combine(Repository.Root(), "templates");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
        var entries = PageFormats.All.Select(f => f.Template()).Append(PageFormats.IndexTemplate);
        var (set, errors) = TemplateSet.Compile(new MemoryTemplates(files), entries);
        Assert.Empty(errors);
        return set!;
    });

    public static TemplateSet Set => Compiled.Value;
}
