namespace LeafletTool.Cli.Files;

/// <summary>How paths are shown: as the user wrote them, joined with <c>/</c>, whatever the platform.</summary>
public static class PathNames
{
    /// <summary>How paths compare here: ignoring case on Windows and macOS.</summary>
    public static StringComparison Comparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase
            : StringComparison.Ordinal;

    public static StringComparer Comparer { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    public static string Normalise(string path) => path.Replace('\\', '/');

    public static string Join(string folder, string name)
    {
        var f = Normalise(folder);
        return f.Length == 0 ? name : f.EndsWith('/') ? f + name : f + "/" + name;
    }

    /// <summary>A path relative to the working folder when it lies under it, else the full path.</summary>
    public static string Display(string fullPath, string currentDirectory)
    {
        var relative = Path.GetRelativePath(currentDirectory, fullPath);
        return Normalise(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath
            : relative);
    }

    public static bool IsLeafletSource(ReadOnlySpan<char> fileName) =>
        fileName.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        && !fileName.Equals(ConfigLocator.FileName, StringComparison.OrdinalIgnoreCase);
}
