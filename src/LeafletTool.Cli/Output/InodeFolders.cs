namespace LeafletTool.Cli.Output;

/// <summary>
/// Where the output folder's new files are made when they are made unnamed (<see cref="UnnamedFile"/>, Linux): after
/// the first <see cref="Threshold"/> new files of a build, round the <see cref="Count"/> hidden folders it makes inside
/// the output folder; each file is then named in the output folder itself, so the folders never hold a name and the
/// output is the same. Why: ext4 puts a new file's inode in its folder's block group and, for some minutes after many
/// files were deleted, checks every recently freed inode of that group for each new one. Measured on this project's
/// machine in that state, 30,000 new 12 KB files in one folder took 170–220 µs of system time each, spread over 64
/// folders 76–86 µs; on a quiet disk both take about 30 µs. The folders are removed when the build ends
/// (<see cref="Remove"/>), or by the next build into the folder if this one was killed.
/// </summary>
internal sealed class InodeFolders(string outputFolder, string ownName)
{
    public const string Prefix = ".leaflet-inodes-";
    private const int Threshold = 128;
    private const int Count = 64;

    private readonly Lock making = new();
    private string[]? folders;
    private bool unavailable;
    private long used;

    /// <summary>The folder to make the next new file in: the output folder itself at first, or if the hidden folders
    /// cannot be made.</summary>
    public string Next()
    {
        var number = Interlocked.Increment(ref used);
        if (number <= Threshold || unavailable) return outputFolder;
        var made = Volatile.Read(ref folders) ?? Make();
        return made is null ? outputFolder : made[number % made.Length];
    }

    /// <summary>Removes this build's hidden folders (they hold no names); what cannot be removed is left for the next
    /// build.</summary>
    public void Remove()
    {
        lock (making)
        {
            if (folders is not null) RemoveEmpty(Path.Combine(outputFolder, Prefix + ownName));
            folders = null;
            unavailable = true;
        }
    }

    /// <summary>Removes hidden folders left by a build that was killed.</summary>
    public static void RemoveStale(string outputFolder)
    {
        foreach (var stale in Directory.EnumerateDirectories(outputFolder, Prefix + "*")) RemoveEmpty(stale);
    }

    /// <summary>
    /// Removes a folder of these and its sub-folders, only if they are all empty (as this tool leaves them): a folder
    /// that holds anything, whoever put it there, is left as it is.
    /// </summary>
    private static void RemoveEmpty(string root)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(root)) Directory.Delete(folder, recursive: false);
            Directory.Delete(root, recursive: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not empty, or in use by another build: left alone.
        }
    }

    private string[]? Make()
    {
        lock (making)
        {
            if (folders is not null || unavailable) return folders;
            try
            {
                var root = Directory.CreateDirectory(Path.Combine(outputFolder, Prefix + ownName)).FullName;
                var made = Enumerable.Range(0, Count)
                    .Select(i => Directory.CreateDirectory(
                    Path.Combine(root, i.ToString("x2", System.Globalization.CultureInfo.InvariantCulture))).FullName)
                    .ToArray();
                Volatile.Write(ref folders, made);
                return made;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unavailable = true;
                return null;
            }
        }
    }
}
