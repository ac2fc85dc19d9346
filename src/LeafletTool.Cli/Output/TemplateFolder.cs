using LeafletTool.Cli.Files;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The templates folder on disk (<c>--templates</c>, default <c>templates</c>), read once per build. Nothing outside
/// it is ever read: a link anywhere in the folder that leads outside it is refused before anything is built (exit 3,
/// as for any other template error), so a link to <c>/etc/passwd</c> can never be published.
/// </summary>
public sealed class TemplateFolder : ITemplateSource
{
    private readonly string root;
    private readonly string realRoot;
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
        realRoot = RealPath.Of(root);
    }

    /// <summary>The templates: every file but those in folders (or named) starting with a dot.</summary>
    public IReadOnlyList<string> Files() => List(hidden: false);

    /// <summary>Every file, also those in dot-folders, which only an <c>include</c> reaches: what the rebuild cache
    /// must see.</summary>
    public IReadOnlyList<string> AllFiles() => List(hidden: true);

    private List<string> List(bool hidden)
    {
        try
        {
            var found = new List<string>();
            var options = new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false };
            var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
            while (pending.TryPop(out var folder))
            {
                foreach (var entry in folder.EnumerateFileSystemInfos("*", options))
                {
                    var link = entry.LinkTarget is not null;
                    if (link) Confine(entry.FullName);
                    if (entry is DirectoryInfo inner)
                    {
                        if (!link) pending.Push(inner);
                        continue;
                    }

                    var relative = PathNames.Normalise(Path.GetRelativePath(root, entry.FullName));
                    if (hidden || !relative.Split('/').Any(part => part.StartsWith('.'))) found.Add(relative);
                }
            }

            found.Sort(StringComparer.Ordinal);
            return found;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot read the templates folder '{display}': {e.Message}");
        }
    }

    /// <summary>Refuses a path (in the folder, by its name) that leads outside the folder once links are
    /// followed.</summary>
    private void Confine(string full)
    {
        if (RealPath.IsWithin(RealPath.Of(full), realRoot)) return;
        var name = DisplayName(PathNames.Normalise(Path.GetRelativePath(root, full)));
        throw new ToolFailureException($"template error: '{name}' is a link that leads outside the templates folder; "
            + "templates must be files inside it (copy the file in instead)");
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
                Confine(full);
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
