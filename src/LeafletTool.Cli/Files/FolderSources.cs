using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Reads the leaflet sources of one folder on demand (<see cref="LeafletInput.OnDemand"/>), each by the file name at
/// the end of the name diagnostics give it: one reader and one folder path for the whole folder, where a closure, a
/// file record and a full path a leaflet were about 300 bytes each of 100,000 leaflets, kept through the build.
/// </summary>
public sealed class FolderSources(string folder) : LeafletInput.OnDemand
{
    /// <summary>The folder, full path.</summary>
    public string Folder { get; } = folder;

    /// <summary>Whether <paramref name="file"/> is read through this folder's reader under its display name: its full
    /// path is the folder's joined with the display name's last part.</summary>
    public bool Reads(LeafletFile file)
    {
        if (file.Typed is null) return string.Equals(file.Directory, Folder, StringComparison.Ordinal);
        var name = FileName(file.Typed);
        var full = file.FullPath.AsSpan();
        return full.Length == Folder.Length + 1 + name.Length && full.StartsWith(Folder, StringComparison.Ordinal)
            && full[Folder.Length] == Path.DirectorySeparatorChar && full.EndsWith(name, StringComparison.Ordinal);
    }

    public override (byte[]? Utf8, string? Problem) Read(string name) =>
        SourceReader.ReadUtf8(Path.Join(Folder, FileName(name)), Folder);

    public override (int Length, string? Problem) Read(string name, ref byte[]? buffer) =>
        SourceReader.ReadInto(Path.Join(Folder, FileName(name)), Folder, ref buffer);

    private static ReadOnlySpan<char> FileName(string displayName) =>
        displayName.AsSpan(displayName.LastIndexOf('/') + 1);

    /// <summary>One file read by its full path, for one whose display name does not end in its file name.</summary>
    public sealed class OneFile(string fullPath) : LeafletInput.OnDemand
    {
        public override (byte[]? Utf8, string? Problem) Read(string name) =>
            SourceReader.ReadUtf8(fullPath, Path.GetDirectoryName(fullPath));

        public override (int Length, string? Problem) Read(string name, ref byte[]? buffer) =>
            SourceReader.ReadInto(fullPath, Path.GetDirectoryName(fullPath), ref buffer);
    }
}
