using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LeafletTool.Cli.Output;

/// <summary>
/// One build at a time writes into an output folder: each holds an exclusive lock on it from reading the record of
/// what is there (<see cref="BuildManifest"/>) to writing the new one. A second build waits, and says so once on the
/// error stream. On Linux and macOS the lock is on the folder itself (flock), so it leaves no file; on Windows it is
/// a file, <c>.leaflet-build.lock</c>, open for no one else and removed when closed. Either way the system drops it
/// when the process ends, however it ends, so a killed build never leaves the folder locked. Where the file system
/// cannot lock, builds go ahead unlocked.
/// </summary>
public sealed partial class OutputLock : IDisposable
{
    public const string WindowsFileName = ".leaflet-build.lock";
    private const int SharingViolation = 32; // ERROR_SHARING_VIOLATION
    private const int LockExclusive = 2; // LOCK_EX
    private const int LockNonBlocking = 4; // LOCK_NB
    private static readonly int WouldBlock = OperatingSystem.IsMacOS() ? 35 : 11; // EWOULDBLOCK
    private static readonly int CloseOnExec = OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000; // O_CLOEXEC

    private readonly IDisposable held;

    private OutputLock(IDisposable held) => this.held = held;

    /// <summary>Takes the lock of a folder that exists, waiting for another build to finish with it.</summary>
    public static OutputLock Take(string folder, TextWriter notes)
    {
        var told = false;
        while (true)
        {
            if (TryTake(folder) is { } taken) return new OutputLock(taken);
            if (!told)
            {
                notes.WriteLine($"leaflet: waiting for another build into '{folder}' to finish");
                notes.Flush();
                told = true;
            }

            Thread.Sleep(50);
        }
    }

    public void Dispose() => held.Dispose();

    /// <summary>The lock, or null while another build holds it.</summary>
    private static IDisposable? TryTake(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(Path.Combine(folder, WindowsFileName), FileMode.OpenOrCreate,
                    FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException e) when ((e.HResult & 0xFFFF) == SharingViolation)
            {
                return null;
            }
        }

        // A folder that cannot be opened or locked (a file system without flock) is written without the lock.
        int descriptor;
        try
        {
            descriptor = Open(folder, CloseOnExec, 0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return new SafeFileHandle(-1, ownsHandle: false);
        }


        var handle = new SafeFileHandle(descriptor, ownsHandle: descriptor >= 0);
        if (descriptor < 0 || Flock(descriptor, LockExclusive | LockNonBlocking) == 0) return handle;
        if (Marshal.GetLastPInvokeError() != WouldBlock) return handle;
        handle.Dispose();
        return null;
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(int descriptor, int operation);
}
