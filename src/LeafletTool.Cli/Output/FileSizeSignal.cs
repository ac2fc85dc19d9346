using System.Runtime.InteropServices;

namespace LeafletTool.Cli.Output;

/// <summary>
/// A file-size limit (<c>ulimit -f</c>) makes the kernel send SIGXFSZ to a process that writes past it, and that signal
/// ends the process at once, with no message and a file half-made. Ignored, the write fails instead (EFBIG, "File too
/// large"), and the build reports it in one line and exits 3 like any other failed write, its outputs intact.
/// </summary>
internal static partial class FileSizeSignal
{
    private const int SignalFileSize = 25; // SIGXFSZ: 25 on Linux (x86, Arm, and the others .NET runs on) and macOS
    private const nint IgnoreSignal = 1; // SIG_IGN

    /// <summary>Ignores SIGXFSZ on Linux and macOS (children started afterwards inherit that); elsewhere there is no
    /// such signal.</summary>
    public static void Ignore()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        try
        {
            Signal(SignalFileSize, IgnoreSignal);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No C library to ask: the signal keeps its default.
        }
    }

    [LibraryImport("libc", EntryPoint = "signal")]
    private static partial nint Signal(int number, nint handler);
}
