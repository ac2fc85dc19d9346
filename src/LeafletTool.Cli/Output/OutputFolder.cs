using System.Buffers;
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
/// One build at a time writes into it (<see cref="OutputLock"/>); at the end the files of the last build that this one
/// did not write are removed and the record of what the folder holds is written (<see cref="BuildManifest"/>).
/// </summary>
public sealed partial class OutputFolder : IDisposable
{
    private const string TempSuffix = ".leaflet-tmp";
    private static readonly SearchValues<char> InvalidNameChars = SearchValues.Create(Path.GetInvalidFileNameChars());
    private readonly FileRecord recorded;

    // Names in the folder when the build started that the last record does not list: any name in neither, not yet
    // written by this build, is new, so there is nothing to compare (one listing instead of a stat per file). The
    // record's names are not kept twice (12 MB for a folder of 100,000 leaflets). Temporary names are this process's
    // own plus a counter.
    private readonly FileRecord existing = new(new FileHashes.None());
    private readonly string tempPrefix = Guid.NewGuid().ToString("N")[..12];
    private long tempCounter;
    private readonly InodeFolders inodes;
    private readonly OutputLock held;
    private readonly FileRecord before;
    private readonly byte[]? beforeHash;
    private bool finished;
    private bool closed;

    /// <summary>Opens (makes) the folder and takes its lock, waiting (and saying so on <paramref name="notes"/>)
    /// while another build writes into it.</summary>
    public OutputFolder(string fullPath, TextWriter? notes = null)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(fullPath));
        recorded = new FileRecord(SpilledHashes("hashes", fullPath));
        try
        {
            if (File.Exists(FullPath))
                throw new ToolFailureException($"cannot build into '{fullPath}': it is a file, not a folder");
            Directory.CreateDirectory(FullPath);
            held = OutputLock.Take(FullPath, notes ?? TextWriter.Null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ToolFailureException($"cannot write to the folder '{fullPath}': {e.Message}");
        }

        try
        {
            foreach (var stale in Directory.EnumerateFiles(FullPath, $".*{TempSuffix}")) File.Delete(stale);
            InodeFolders.RemoveStale(FullPath);
            inodes = new InodeFolders(FullPath, tempPrefix);
            // The last record's hashes are needed only at the end (for files this build no longer writes): in a
            // temporary file, as the new record's are (12 MB for a folder of 100,000 leaflets).
            (var last, beforeHash) = BuildManifest.ReadRecord(FullPath, SpilledHashes("before", fullPath));
            before = last ?? new FileRecord();
            RecordNames(FullPath, before, existing);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            held.Dispose();
            throw new ToolFailureException($"cannot write to the folder '{fullPath}': {e.Message}");
        }
    }

    public string FullPath { get; }

    /// <summary>
    /// Ends a build that went well: removes the files the folder's record lists that this build did not write (and
    /// nothing else), then writes the new record. Gives how many files were removed and the record's bytes.
    /// </summary>
    public (int Removed, string ManifestHash) Finish()
    {
        var removed = 0;
        var kept = new List<KeyValuePair<string, FileHash>>();
        IOException? failed = null;
        foreach (var (name, hash) in before.Except(recorded))
        {
            try
            {
                var info = new FileInfo(PathOf(name));
                if (!info.Exists && info.LinkTarget is null) continue;
                info.Delete();
                removed++;
            }
            catch (ToolFailureException)
            {
                // Not a name this tool writes: never touched.
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                kept.Add(KeyValuePair.Create(name, hash)); // still ours: the next build tries again
                failed ??= new IOException($"cannot remove '{PathNames.Normalise(Path.Combine(FullPath, name))}', "
                    + $"an output no longer built: {e.Message}");
            }
        }

        foreach (var (name, hash) in kept) recorded.Set(name, hash);
        var manifest = SaveRecord(recorded);
        finished = true;
        if (failed is not null) throw new ToolFailureException(failed.Message);
        return (removed, manifest);
    }

    /// <summary>
    /// Releases the folder; call when the build ends, however it ends. After a build that did not finish, the record
    /// keeps what it listed and adds what this build wrote, so the next build still knows every file that is ours.
    /// </summary>
    public void Close()
    {
        if (closed) return;
        closed = true;
        try
        {
            if (!finished && !recorded.IsEmpty)
            {
                foreach (var (name, hash) in before.Except(recorded)) recorded.Set(name, hash);

                SaveRecord(recorded);
            }
        }
        catch (ToolFailureException)
        {
            // The failure that stopped the build is the one to report (a full disk, most often).
        }
        finally
        {
            recorded.Dispose();
            existing.Dispose();
            before.Dispose();
            inodes.Remove();
            held.Dispose();
        }
    }

    /// <summary>As <see cref="Close"/>.</summary>
    public void Dispose()
    {
        Close();
        GC.SuppressFinalize(this);
    }

    /// <summary>How many files this build wrote or found already up to date.</summary>
    public int FileCount => recorded.Count;

    /// <summary>Writes <paramref name="bytes"/> as <paramref name="fileName"/> (a plain name, no folders) unless the
    /// file already holds exactly them.</summary>
    public WriteOutcome Write(string fileName, ReadOnlySpan<byte> bytes)
    {
        var target = PathOf(fileName);
        var hash = FileHash.Of(bytes);
        // Written before in this build (a sink never does that): known to be there now.
        var again = recorded.Set(fileName, hash);
        try
        {
            var known = again || Existed(fileName);
            if (known && HasContent(target, bytes)) return WriteOutcome.Unchanged;
            if (!known && UnnamedFile.IsAvailable && UnnamedFile.TryCreate(inodes.Next(), target, bytes))
            {
                return WriteOutcome.Written;
            }
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            throw Failure(fileName, e);
        }

        Replace(fileName, bytes);
        return WriteOutcome.Written;
    }

    /// <summary>Writes a file under a hidden temporary name, then renames it into place.</summary>
    private void Replace(string fileName, ReadOnlySpan<byte> bytes)
    {
        var target = Path.Combine(FullPath, fileName);
        var temp = TempPathOf(fileName);
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, bytes, 0);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Removed by the next build into the folder.
            }

            throw new ToolFailureException($"cannot write '{PathNames.Normalise(target)}': "
                + AtomicFile.Describe(e).Replace($" : '{temp}'", "", StringComparison.Ordinal));
        }
    }

    /// <summary>A hidden temporary name beside <paramref name="fileName"/>, this process's own.</summary>
    private string TempPathOf(string fileName) =>
        Path.Combine(FullPath, $".{fileName}.{tempPrefix}{Interlocked.Increment(ref tempCounter)}{TempSuffix}");

    private ToolFailureException Failure(string fileName, Exception e) =>
        new($"cannot write '{PathNames.Normalise(Path.Combine(FullPath, fileName))}': {AtomicFile.Describe(e)}");

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
}
