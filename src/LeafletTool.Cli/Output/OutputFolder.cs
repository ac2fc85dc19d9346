using System.Buffers;
using System.Collections.Concurrent;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>What writing one file did.</summary>
public enum WriteOutcome
{
    Written,
    Unchanged,
}

/// <summary>
/// The build's output folder. Each file is written to a hidden temporary name beside it and renamed into place (on
/// Linux a new file is written with no name and then named: <see cref="UnnamedFile"/>), so an interrupted build never
/// leaves a half-written output; a file whose bytes would not change is not touched;
/// and nothing can be written outside the folder. Temporary files left by a killed build are removed at the start.
/// </summary>
public sealed class OutputFolder
{
    private const string TempSuffix = ".leaflet-tmp";
    private static readonly SearchValues<char> InvalidNameChars = SearchValues.Create(Path.GetInvalidFileNameChars());
    private readonly ConcurrentQueue<string> names = new();

    // Names in the folder when the build started or written since: any other name is new, so there is nothing to
    // compare (one listing instead of a stat per file). Temporary names are this process's own plus a counter.
    private readonly ConcurrentDictionary<string, bool> existing;
    private readonly string tempPrefix = Guid.NewGuid().ToString("N")[..12];
    private long tempCounter;
    private readonly InodeFolders inodes;

    public OutputFolder(string fullPath)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        try
        {
            if (File.Exists(FullPath))
                throw new ToolFailureException($"cannot build into '{fullPath}': it is a file, not a folder");
            Directory.CreateDirectory(FullPath);
            foreach (var stale in Directory.EnumerateFiles(FullPath, $".*{TempSuffix}")) File.Delete(stale);
            InodeFolders.RemoveStale(FullPath);
            inodes = new InodeFolders(FullPath, tempPrefix);
            existing = new ConcurrentDictionary<string, bool>(Directory.EnumerateFiles(FullPath)
                .Select(f => KeyValuePair.Create(Path.GetFileName(f), true)), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot write to the folder '{fullPath}': {e.Message}");
        }
    }

    public string FullPath { get; }

    /// <summary>Removes what the folder needed only while it was being written (<see cref="InodeFolders"/>); call when
    /// the build ends, however it ends.</summary>
    public void Close() => inodes.Remove();

    /// <summary>Every file written or found already up to date, in no particular order.</summary>
    public IEnumerable<string> FileNames => names;

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="fileName"/> (a plain name, no folders) unless the
    /// file already holds exactly them.</summary>
    public WriteOutcome Write(string fileName, ReadOnlySpan<byte> bytes)
    {
        var target = PathOf(fileName);
        try
        {
            names.Enqueue(fileName);
            var known = existing.ContainsKey(fileName);
            if (known && HasContent(target, bytes)) return WriteOutcome.Unchanged;
            if (!known && UnnamedFile.IsAvailable && UnnamedFile.TryCreate(inodes.Next(), target, bytes))
            {
                existing[fileName] = true;
                return WriteOutcome.Written;
            }

            var temp = Path.Combine(FullPath,
                $".{fileName}.{tempPrefix}{Interlocked.Increment(ref tempCounter)}{TempSuffix}");
            try
            {
                using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    RandomAccess.Write(handle, bytes, 0);
                }

                File.Move(temp, target, overwrite: true);
                existing[fileName] = true;
            }
            catch
            {
                if (File.Exists(temp)) File.Delete(temp);
                throw;
            }

            return WriteOutcome.Written;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot write '{PathNames.Normalise(Path.Combine(FullPath, fileName))}': "
                + $"{e.Message}");
        }
    }

    /// <summary>The full path of an output file; refuses any name that is not a plain file name inside the
    /// folder.</summary>
    public string PathOf(string fileName)
    {
        if (fileName.Length == 0 || fileName != Path.GetFileName(fileName) || fileName.StartsWith('.')
            || fileName.AsSpan().ContainsAny(InvalidNameChars) || fileName.Contains('/') || fileName.Contains('\\'))
        {
            throw new ToolFailureException($"refusing to write '{fileName}': output files must be plain names inside "
                + "the output folder");
        }

        var full = Path.GetFullPath(Path.Combine(FullPath, fileName));
        if (!string.Equals(Path.GetDirectoryName(full), FullPath,
            OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase))
        {
            throw new ToolFailureException($"refusing to write '{fileName}' outside the output folder");
        }

        return full;
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
        return File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }
}
