using System.IO.Enumeration;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Turns the PATH arguments into the files to check (the targets) and the other leaflets in their
/// folders (the corpus that cross-leaflet rules see). A path that does not exist is a usage error.
/// </summary>
public static class PathResolver
{
    public static IReadOnlyList<LeafletFile> Resolve(IReadOnlyList<string> paths, string currentDirectory)
    {
        // Each folder's files by file name, the folders by full path: no full path is made for a listed file.
        var byFolder = new Dictionary<string, Dictionary<string, LeafletFile>>(PathNames.Comparer);
        var folders = new Dictionary<string, string>(PathNames.Comparer);
        // Folders named whole: every leaflet in them is already a target, so they are not listed a second time (at
        // 100,000 leaflets a second listing made 100,000 more paths at the build's first peak).
        var whole = new HashSet<string>(PathNames.Comparer);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, currentDirectory);
            if (Directory.Exists(full))
            {
                var folder = Path.TrimEndingDirectorySeparator(full);
                var display = PathNames.Normalise(path);
                var found = List(folder, display, isTarget: true);
                if (found.Count == 0)
                {
                    throw new UsageException($"no leaflets (*.yaml files) in the folder '{path}'");
                }

                folders.TryAdd(folder, display);
                whole.Add(folder);
                var named = FilesOf(byFolder, folder);
                foreach (var file in found) named[file.FileName] = file;
            }
            else if (File.Exists(full))
            {
                var folder = Path.GetDirectoryName(full)!;
                var name = Path.GetFileName(full);
                var display = PathNames.Normalise(path);
                var cut = display.LastIndexOf('/');
                var displayFolder = cut < 0 ? "" : display[..cut];
                FilesOf(byFolder, folder)[name] =
                    new LeafletFile(folder, name, displayFolder, IsTarget: true) { Typed = display };
                folders.TryAdd(folder, displayFolder);
            }
            else
            {
                throw new UsageException($"'{path}' does not exist");
            }
        }

        foreach (var (folder, display) in folders)
        {
            if (whole.Contains(folder)) continue;
            var named = FilesOf(byFolder, folder);
            foreach (var file in List(folder, display, isTarget: false)) named.TryAdd(file.FileName, file);
        }

        var files = byFolder.Values.SelectMany(f => f.Values).ToArray();
        Array.Sort(files, LeafletFile.CompareDisplayNames);
        return files;
    }

    private static Dictionary<string, LeafletFile> FilesOf(
        Dictionary<string, Dictionary<string, LeafletFile>> byFolder, string folder)
    {
        if (!byFolder.TryGetValue(folder, out var named))
        {
            byFolder.Add(folder, named = new Dictionary<string, LeafletFile>(PathNames.Comparer));
        }

        return named;
    }

    /// <summary>The leaflets of <paramref name="folder"/> (as <c>*.yaml</c> lists them: ignoring case on Windows and
    /// macOS), sharing its strings; a target's length from the listing, which knows it (Windows) or asks once
    /// (elsewhere), where a <see cref="FileInfo"/> for each file made its full path again.</summary>
    private static List<LeafletFile> List(string folder, string display, bool isTarget)
    {
        var options = new EnumerationOptions
        {
            IgnoreInaccessible = false,
            AttributesToSkip = 0,
            RecurseSubdirectories = false,
            MatchCasing = MatchCasing.PlatformDefault,
        };
        try
        {
            return new FileSystemEnumerable<LeafletFile>(folder,
                (ref FileSystemEntry entry) => new LeafletFile(folder, entry.FileName.ToString(), display, isTarget)
                {
                    Length = isTarget ? entry.Length : -1,
                },
                options)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory
                    && entry.FileName.EndsWith(".yaml", PathNames.Comparison)
                    && PathNames.IsLeafletSource(entry.FileName),
            }.ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot list the folder '{folder}': {e.Message}");
        }
    }
}
