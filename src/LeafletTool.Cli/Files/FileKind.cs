using System.Runtime.InteropServices;

namespace LeafletTool.Cli.Files;

/// <summary>
/// What a path is, found without opening it: opening a FIFO named <c>x.yaml</c> waits for a writer forever, and
/// opening a device reads without end. Only regular files (or links to them) are ever read as sources.
/// </summary>
public static partial class FileKind
{
    /// <summary>Null for a regular file (or a link to one); else what it is, in words, for a one-line message:
    /// "a named pipe (FIFO)", "a socket", "a device", "a folder", "a link that leads nowhere or round in a loop".
    /// </summary>
    public static string? NotRegular(string fullPath) => Of(fullPath).NotRegular;

    /// <summary>Whether the path is a regular file that is there and is not a link: what the tool's own kept files
    /// (the output folder's record, its pages) must be before they are opened.</summary>
    public static bool IsPlainFile(string fullPath)
    {
        var (notRegular, mayBeLink) = Of(fullPath);
        if (notRegular is not null) return false;
        if (!mayBeLink) return true;
        var info = new FileInfo(fullPath);
        return info.Exists && info.LinkTarget is null;
    }

    /// <summary>
    /// As <see cref="NotRegular"/>, and whether the path may be a link (false only when it is known not to be). A
    /// plain file costs one status call (the path's own); a link, a second (where it leads). On Windows nothing is
    /// asked, and any path may be a link.
    /// </summary>
    public static (string? NotRegular, bool MayBeLink) Of(string fullPath)
    {
        if (OperatingSystem.IsWindows()) return (null, true); // no FIFOs or devices among a folder's files there
        Span<byte> status = stackalloc byte[StatusSize];
        if (LStat(fullPath, ref MemoryMarshal.GetReference(status)) == 0)
        {
            var type = BitConverter.ToInt32(status[ModeOffset..]) & TypeMask;
            if (type != SymbolicLink) return (Describe(type), false);
        }

        return (Followed(fullPath, status), true);
    }

    /// <summary>What the path leads to, following links.</summary>
    private static string? Followed(string fullPath, Span<byte> status)
    {
        if (Stat(fullPath, ref MemoryMarshal.GetReference(status)) != 0)
        {
            // A missing file is reported where it is opened; a link loop or dangling link is reported here.
            return new FileInfo(fullPath).LinkTarget is null ? null : "a link that leads nowhere or round in a loop";
        }

        return Describe(BitConverter.ToInt32(status[ModeOffset..]) & TypeMask);
    }

    /// <summary>
    /// The size and last write time (UTC ticks, as <see cref="FileInfo"/> gives them) of the file a path leads to, from
    /// one status call (a <see cref="FileInfo"/> also asks for the user's id, for its read-only flag: 10,000 calls
    /// more to see which of 10,000 leaflets changed); null when there is no such file.
    /// </summary>
    public static (long Size, long Ticks)? SizeAndTime(string fullPath)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(fullPath);
            return info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }

        Span<byte> status = stackalloc byte[StatusSize];
        if (Stat(fullPath, ref MemoryMarshal.GetReference(status)) != 0) return null;
        var seconds = BitConverter.ToInt64(status[WriteSecondsOffset..]);
        var nanoseconds = BitConverter.ToInt64(status[WriteNanosecondsOffset..]);
        return (BitConverter.ToInt64(status[SizeOffset..]),
            DateTime.UnixEpoch.Ticks + seconds * TimeSpan.TicksPerSecond + nanoseconds / 100);
    }

    private static string? Describe(int type) =>
        type switch
        {
            RegularFile => null,
            Fifo => "a named pipe (FIFO)",
            Socket => "a socket",
            CharacterDevice or BlockDevice => "a device",
            Directory => "a folder",
            _ => "not a regular file",
        };

    // .NET's own portable stat (its System.Native library, in every .NET program, Native AOT ones included): the
    // same layout on every Unix, unlike libc's struct stat. It begins { int32 Flags; int32 Mode; ... } and Mode carries
    // the file type in the usual S_IFMT bits, then { uint32 Uid; uint32 Gid; int64 Size; int64 ATime; int64 ATimeNsec;
    // int64 MTime; int64 MTimeNsec; ... }. The buffer is larger than the structure.
    private const int StatusSize = 256;
    private const int ModeOffset = 4;
    private const int SizeOffset = 16;
    private const int WriteSecondsOffset = 40;
    private const int WriteNanosecondsOffset = 48;
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int SymbolicLink = 0xA000;
    private const int Socket = 0xC000;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte status);

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte status);
}
