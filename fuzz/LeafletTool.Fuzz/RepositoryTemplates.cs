using LeafletTool.Core.Rendering;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Fuzz;

/// <summary>
/// The repository's templates (or those of the folder in <c>LEAFLET_FUZZ_TEMPLATES</c>), read into memory and
/// compiled once, before the first input.
/// </summary>
internal static class RepositoryTemplates
{
    private static readonly Lazy<TemplateSet> Compiled = new(() =>
    {
        var root = Environment.GetEnvironmentVariable("LEAFLET_FUZZ_TEMPLATES") ?? Path.Combine(Root(), "templates");
        var files = Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);
        var entries = PageFormats.All.Select(f => f.Template()).Append(PageFormats.IndexTemplate);
        var (set, errors) = TemplateSet.Compile(new Source(files), entries);
        if (set is null || errors.Count > 0)
        {
            throw new InvalidOperationException($"The templates in {root} do not compile: {string.Join("; ", errors)}");
        }

        return set;
    });

    public static TemplateSet Set => Compiled.Value;

    /// <summary>The repository root: the first folder up from the program, else from the current folder, that holds
    /// LeafletTool.sln.</summary>
    private static string Root()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "LeafletTool.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("LeafletTool.sln not found; set LEAFLET_FUZZ_TEMPLATES.");
    }

    private sealed class Source(Dictionary<string, string> files) : ITemplateSource
    {
        public IReadOnlyList<string> Files() => files.Keys.Order(StringComparer.Ordinal).ToList();

        public string? Read(string relativePath) => files.GetValueOrDefault(relativePath);

        public string DisplayName(string relativePath) => "templates/" + relativePath;
    }
}
