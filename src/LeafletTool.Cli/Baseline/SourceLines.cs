using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Baseline;

/// <summary>The lines of the files findings point into, read once each, for the words a finding is about. A file
/// that cannot be read (or is larger than any leaflet) gives none: its findings are matched by message
/// alone.</summary>
public sealed class SourceLines(string currentDirectory)
{
    private const long MaxBytes = 16L * 1024 * 1024;

    private readonly Dictionary<string, string[]?> _files = new(PathNames.Comparer);

    public string? Line(string file, int line)
    {
        if (!_files.TryGetValue(file, out var lines))
        {
            lines = Read(file);
            _files[file] = lines;
        }

        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1] : null;
    }

    /// <summary>The file as the baseline names it: relative to the current folder, with <c>/</c>.</summary>
    public string Relative(string file)
    {
        try
        {
            var full = Path.GetFullPath(file, currentDirectory);
            return PathNames.Normalise(Path.GetRelativePath(currentDirectory, full));
        }
        catch (ArgumentException)
        {
            return PathNames.Normalise(file);
        }
    }

    /// <summary>Whether a file named as the baseline names it is still there.</summary>
    public bool Exists(string file)
    {
        try
        {
            return File.Exists(Path.GetFullPath(file, currentDirectory));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private string[]? Read(string file)
    {
        try
        {
            var full = Path.GetFullPath(file, currentDirectory);
            var info = new FileInfo(full);
            return info.Exists && info.Length <= MaxBytes && FileKind.NotRegular(full) is null
                ? File.ReadAllLines(full, AtomicFile.Utf8)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
