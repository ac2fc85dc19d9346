namespace LeafletTool.Cli.Files;

/// <summary>
/// A leaflet source on disk: its folder (full path), its file name there, the folder as the user wrote it, and whether
/// it was asked about. A folder's files share its two strings, so a listing of 100,000 files keeps a file name each,
/// not a full path and a name as shown (about 30 MB at the start of such a build); the full path and the name
/// diagnostics give it are made when asked for.
/// </summary>
/// <param name="Directory">The folder's full path, without a separator at the end.</param>
/// <param name="FileName">The file's name in <paramref name="Directory"/>.</param>
/// <param name="DisplayFolder">The folder as the user wrote it, joined with <c>/</c> (empty for the working
/// folder).</param>
public sealed record LeafletFile(string Directory, string FileName, string DisplayFolder, bool IsTarget)
{
    /// <summary>The whole name as the user wrote it, for a file named on the command line; null when the name is
    /// the folder's joined with <see cref="FileName"/>.</summary>
    public string? Typed { get; init; }

    /// <summary>The file's length in bytes when the listing gave it, else -1.</summary>
    public long Length { get; init; } = -1;

    public string FullPath => Path.Join(Directory, FileName);

    /// <summary>The name diagnostics give the file: as typed, or the folder as typed joined with the file name.
    /// </summary>
    public string DisplayName => Typed ?? PathNames.Join(DisplayFolder, FileName);

    /// <summary>Orders files by <see cref="DisplayName"/>, ordinally, without making it.</summary>
    public static int CompareDisplayNames(LeafletFile? x, LeafletFile? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        if (x.Typed is null && y.Typed is null && ReferenceEquals(x.DisplayFolder, y.DisplayFolder))
        {
            return string.CompareOrdinal(x.FileName, y.FileName);
        }

        Span<char> left = stackalloc char[256];
        Span<char> right = stackalloc char[256];
        return x.TryWriteDisplayName(left, out var m) && y.TryWriteDisplayName(right, out var n)
            ? left[..m].SequenceCompareTo(right[..n])
            : string.CompareOrdinal(x.DisplayName, y.DisplayName);
    }

    /// <summary>Writes <see cref="DisplayName"/> into <paramref name="into"/>, when it fits.</summary>
    private bool TryWriteDisplayName(Span<char> into, out int written)
    {
        written = 0;
        if (Typed is not null)
        {
            written = Typed.Length;
            return Typed.TryCopyTo(into);
        }

        var slash = DisplayFolder.Length > 0 && !DisplayFolder.EndsWith('/') ? 1 : 0;
        written = DisplayFolder.Length + slash + FileName.Length;
        if (written > into.Length) return false;
        DisplayFolder.CopyTo(into);
        if (slash == 1) into[DisplayFolder.Length] = '/';
        FileName.CopyTo(into[(DisplayFolder.Length + slash)..]);
        return true;
    }
}
