using LeafletTool.Cli.Files;
using LeafletTool.Importers;

namespace LeafletTool.Cli.Importing;

/// <summary>The sources named on the command line: files, and the importable files directly in folders (not
/// recursive), in name order.</summary>
public static class ImportSources
{
    public static List<(string Display, string FullPath)> Expand(IEnumerable<string> names, string currentDirectory)
    {
        var sources = new List<(string, string)>();
        foreach (var name in names)
        {
            var full = Path.GetFullPath(name, currentDirectory);
            if (Directory.Exists(full))
            {
                var inFolder = Directory.EnumerateFiles(full)
                    .Where(f => Readers.Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal).ToList();
                if (inFolder.Count == 0)
                {
                    throw new UsageException($"'{PathNames.Normalise(name)}' has no "
                        + string.Join(", ", Readers.Extensions) + " files to import");
                }

                sources.AddRange(inFolder.Select(f => (PathNames.Join(PathNames.Normalise(name).TrimEnd('/'),
                    Path.GetFileName(f)), f)));
            }
            else if (File.Exists(full)) sources.Add((PathNames.Normalise(name), full));
            else throw new UsageException($"'{name}' does not exist");
        }

        return sources;
    }
}
