using System.IO.Enumeration;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>How the folder's records are kept: the names found in it, and the hashes of the records.</summary>
public sealed partial class OutputFolder
{
    /// <summary>Hashes kept in a temporary file of the folder (<see cref="FileHashes.Spilled"/>).</summary>
    private FileHashes.Spilled SpilledHashes(string name, string folder) =>
        new(() => TempPathOf(name), e => new ToolFailureException(
            $"cannot keep the hashes of the files written in '{folder}': " + AtomicFile.Describe(e)));

    /// <summary>Whether <paramref name="fileName"/> may be in the folder: listed by the last record (a file it lists
    /// but since removed is then written by rename, as an existing one is) or found in the folder when the build
    /// started.</summary>
    private bool Existed(string fileName) => before.ContainsKey(fileName) || existing.ContainsKey(fileName);

    /// <summary>Records in <paramref name="into"/> the names of the files in <paramref name="folder"/> that
    /// <paramref name="listed"/> does not hold, without making a string or a full path for each.</summary>
    private static void RecordNames(string folder, FileRecord listed, FileRecord into)
    {
        var names = new FileSystemEnumerable<bool>(folder,
            (ref FileSystemEntry entry) => !listed.ContainsKey(entry.FileName) && into.Set(entry.FileName, default),
            new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        foreach (var _ in names)
        {
            // Each name is recorded as the listing reaches it.
        }
    }
}
