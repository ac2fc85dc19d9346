namespace LeafletTool.Cli.Output;

/// <summary>Paths with every symbolic link in them followed, to tell where a file or folder really is.</summary>
public static class RealPath
{
    private const int MaxLinks = 40; // as the kernel's own limit on links followed in one path

    private static StringComparison Comparison =>
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// Where a full path leads once every link in it is followed (as far as the parts exist; a missing part and what
    /// follows it are kept as they are). Links followed more than 40 deep are left as they are.
    /// </summary>
    public static string Of(string fullPath)
    {
        var path = Path.GetFullPath(fullPath);
        for (var links = 0; links <= MaxLinks; links++)
        {
            var root = Path.GetPathRoot(path)!;
            var parts = path[root.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            string? followed = null;
            for (var i = 0; i < parts.Length && followed is null; i++)
            {
                var next = Path.Combine(current, parts[i]);
                if (LinkTarget(next) is { } target)
                {
                    var rest = string.Join(Path.DirectorySeparatorChar, parts[(i + 1)..]);
                    followed = Path.GetFullPath(Path.Combine(Path.GetFullPath(target, current), rest));
                }

                current = next;
            }

            if (followed is null) return Trim(current);
            path = followed;
        }

        return Trim(path);
    }

    /// <summary>Whether <paramref name="inner"/> is <paramref name="outer"/> or inside it (both full, real
    /// paths).</summary>
    public static bool IsWithin(string inner, string outer)
    {
        outer = Trim(outer);
        inner = Trim(inner);
        if (string.Equals(inner, outer, Comparison)) return true;
        var prefix = outer.EndsWith(Path.DirectorySeparatorChar) ? outer : outer + Path.DirectorySeparatorChar;
        return inner.StartsWith(prefix, Comparison);
    }

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private static string Trim(string path) =>
        path == Path.GetPathRoot(path) ? path : Path.TrimEndingDirectorySeparator(path);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
