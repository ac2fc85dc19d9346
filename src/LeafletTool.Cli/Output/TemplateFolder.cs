using LeafletTool.Cli.Files;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Cli.Output;

/// <summary>The templates folder on disk (<c>--templates</c>, default <c>templates</c>), read once per build.</summary>
public sealed class TemplateFolder : ITemplateSource
{
    private readonly string root;
    private readonly string display;
    private readonly Dictionary<string, string?> cache = new(StringComparer.Ordinal);

    public const string DefaultName = "templates";

    /// <summary>
    /// The folder to use: the one given; else <c>templates</c> in the current folder (a checkout); else the
    /// templates installed beside the tool, so an installed <c>leaflet</c> builds from any folder.
    /// </summary>
    public static string Resolve(string? given, string currentDirectory)
    {
        if (given is not null) return given;
        if (Directory.Exists(Path.Combine(currentDirectory, DefaultName))) return DefaultName;
        var bundled = Path.Combine(AppContext.BaseDirectory, DefaultName);
        return Directory.Exists(bundled) ? bundled : DefaultName;
    }

    public TemplateFolder(string path, string currentDirectory)
    {
        root = Path.GetFullPath(path, currentDirectory);
        if (!Directory.Exists(root))
        {
            throw new UsageException($"the templates folder '{path}' does not exist; run the build from the project "
                + "folder, or give one with --templates DIR");
        }

        display = PathNames.Display(root, currentDirectory);
    }

    public IReadOnlyList<string> Files()
    {
        try
        {
            return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(f => PathNames.Normalise(Path.GetRelativePath(root, f)))
                .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot read the templates folder '{display}': {e.Message}");
        }
    }

    public string? Read(string relativePath)
    {
        lock (cache)
        {
            if (cache.TryGetValue(relativePath, out var known)) return known;
            var full = Path.GetFullPath(Path.Combine(root, relativePath));
            string? text = null;
            if (full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                var (read, problem) = SourceReader.Read(full);
                text = read
                    ?? throw new ToolFailureException($"cannot read the template '{DisplayName(relativePath)}': "
                    + $"{problem}");
            }

            cache[relativePath] = text;
            return text;
        }
    }

    public string DisplayName(string relativePath) => PathNames.Join(display, relativePath);
}
