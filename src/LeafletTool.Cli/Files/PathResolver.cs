namespace LeafletTool.Cli.Files;

/// <summary>
/// Turns the PATH arguments into the files to check (the targets) and the other leaflets in their
/// folders (the corpus that cross-leaflet rules see). A path that does not exist is a usage error.
/// </summary>
public static class PathResolver
{
    public static IReadOnlyList<LeafletFile> Resolve(IReadOnlyList<string> paths, string currentDirectory)
    {
        var files = new Dictionary<string, LeafletFile>(PathNames.Comparer);
        var folders = new Dictionary<string, string>(PathNames.Comparer);
        // Folders named whole: every leaflet in them is already a target, so they are not listed a second time (at
        // 100,000 leaflets a second listing made 100,000 more paths at the build's first peak).
        var whole = new HashSet<string>(PathNames.Comparer);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(full))
            {
                var found = EnumerateLeaflets(full).ToList();
                if (found.Count == 0)
                {
                    throw new UsageException($"no leaflets (*.yaml files) in the folder '{path}'");
                }

                folders.TryAdd(full, PathNames.Normalise(path));
                whole.Add(full);
                foreach (var file in found)
                {
                    files[file] = new LeafletFile(file, PathNames.Join(path, Path.GetFileName(file)), IsTarget: true);
                }
            }
            else if (File.Exists(full))
            {
                files[full] = new LeafletFile(full, PathNames.Normalise(path), IsTarget: true);
                var folder = Path.GetDirectoryName(full)!;
                var display = PathNames.Normalise(path);
                var cut = display.LastIndexOf('/');
                folders.TryAdd(folder, cut < 0 ? "" : display[..cut]);
            }
            else
            {
                throw new UsageException($"'{path}' does not exist");
            }
        }

        foreach (var (folder, display) in folders)
        {
            if (whole.Contains(folder)) continue;
            foreach (var file in EnumerateLeaflets(folder))
            {
                files.TryAdd(file,
                    new LeafletFile(file, PathNames.Join(display, Path.GetFileName(file)), IsTarget: false));
            }
        }

        return files.Values.OrderBy(f => f.DisplayName, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> EnumerateLeaflets(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*.yaml", SearchOption.TopDirectoryOnly)
                .Where(f => PathNames.IsLeafletSource(Path.GetFileName(f)))
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot list the folder '{folder}': {e.Message}");
        }
    }
}
