using System.IO.Pipes;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace LeafletTool.Cli.Pdf;

/// <summary>
/// Starts Chromium on Linux and macOS with <c>posix_spawn</c>, which .NET's Process cannot do here: the child gets
/// two pipes as descriptors 3 (commands to it) and 4 (its replies), for <c>--remote-debugging-pipe</c>, its standard
/// output and error on a third pipe, standard input from /dev/null, and a process group of its own (so the whole
/// browser can be killed at once). Every pipe end is close-on-exec, so no other program the tool starts inherits
/// one; when the tool dies, however it dies, the pipes close and Chromium shuts itself down.
/// </summary>
internal static partial class PosixSpawn
{
    private const int OpenCloseOnExec = 0x80000; // O_CLOEXEC (Linux)
    private const int DuplicateCloseOnExec = 1030; // F_DUPFD_CLOEXEC (Linux)
    private const int FirstHighDescriptor = 10;
    private const short SetProcessGroup = 0x2; // POSIX_SPAWN_SETPGROUP
    private const short CloseOthersOnExec = 0x4000; // POSIX_SPAWN_CLOEXEC_DEFAULT (macOS)
    private const int Opaque = 1024; // bytes for posix_spawn_file_actions_t and posix_spawnattr_t, more than any has

    /// <summary>A started browser: its process id, the DevTools pipe ends and its output.</summary>
    public sealed record Child(int Pid, Stream Commands, Stream Replies, Stream Output);

    /// <summary>Starts <paramref name="executable"/>; a failure is a <see cref="ToolFailureException"/>.</summary>
    public static unsafe Child Start(string executable, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environmentOverrides)
    {
        var commands = Pipe();
        var replies = Pipe();
        var output = Pipe();
        var strings = new List<nint>();
        var actions = Marshal.AllocHGlobal(Opaque);
        var attributes = Marshal.AllocHGlobal(Opaque);
        var started = false;
        try
        {
            var argv = Strings(strings, arguments.Prepend(executable));
            var envp = Strings(strings, Environment(environmentOverrides));
            Check(FileActionsInit(actions));
            Check(AttributesInit(attributes));
            Check(AddDup2(actions, commands.Read, 3));
            Check(AddDup2(actions, replies.Write, 4));
            Check(AddDup2(actions, output.Write, 1));
            Check(AddDup2(actions, output.Write, 2));
            Check(AddOpen(actions, 0, "/dev/null", 0, 0));
            Check(SetFlags(attributes, OperatingSystem.IsMacOS() ? (short)(SetProcessGroup | CloseOthersOnExec)
                : SetProcessGroup));
            Check(SetGroup(attributes, 0));
            int pid;
            int error;
            fixed (nint* argvPointer = argv)
            fixed (nint* envpPointer = envp)
            {
                error = Spawn(&pid, executable, actions, attributes, argvPointer, envpPointer);
            }

            if (error != 0)
            {
                throw new ToolFailureException(
                    $"could not start the browser '{executable}': {Marshal.GetPInvokeErrorMessage(error)}");
            }

            started = true;
            return new Child(pid, Wrap(commands.Write, PipeDirection.Out), Wrap(replies.Read, PipeDirection.In),
                Wrap(output.Read, PipeDirection.In));
        }
        finally
        {
            _ = FileActionsDestroy(actions);
            _ = AttributesDestroy(attributes);
            Marshal.FreeHGlobal(actions);
            Marshal.FreeHGlobal(attributes);
            foreach (var pointer in strings) Marshal.FreeCoTaskMem(pointer);
            _ = Close(commands.Read);
            _ = Close(replies.Write);
            _ = Close(output.Write);
            if (!started)
            {
                _ = Close(commands.Write);
                _ = Close(replies.Read);
                _ = Close(output.Read);
            }
        }
    }

    /// <summary>Sends SIGKILL to the browser's whole process group.</summary>
    public static void KillGroup(int pid) => _ = Kill(-pid, 9);

    /// <summary>True when the child has ended (and is reaped); false while it runs.</summary>
    public static unsafe bool HasExited(int pid)
    {
        int status;
        var result = WaitPid(pid, &status, 1); // WNOHANG
        return result == pid || result < 0;
    }

    private static Stream Wrap(int descriptor, PipeDirection direction) =>
        new AnonymousPipeClientStream(direction, new SafePipeHandle(descriptor, ownsHandle: true));

    private static unsafe (int Read, int Write) Pipe()
    {
        var ends = stackalloc int[2];
        var result = OperatingSystem.IsLinux() ? Pipe2(ends, OpenCloseOnExec) : PlainPipe(ends);
        if (result != 0)
        {
            var error = Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
            throw new ToolFailureException($"could not make a pipe for the browser: {error}");
        }

        return (High(ends[0]), High(ends[1]));
    }

    /// <summary>Moves a descriptor above 9 (Linux), so that mapping the pipes onto 1 to 4 in the child never
    /// overwrites one another.</summary>
    private static int High(int descriptor)
    {
        if (!OperatingSystem.IsLinux() || descriptor >= FirstHighDescriptor) return descriptor;
        var moved = Fcntl(descriptor, DuplicateCloseOnExec, FirstHighDescriptor);
        if (moved < 0) return descriptor;
        _ = Close(descriptor);
        return moved;
    }

    private static IEnumerable<string> Environment(IReadOnlyDictionary<string, string> overrides)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        }

        foreach (var (name, value) in overrides) variables[name] = value;
        return variables.Select(v => $"{v.Key}={v.Value}");
    }

    /// <summary>A null-terminated array of UTF-8 strings, each remembered in <paramref name="allocated"/> to be
    /// freed.</summary>
    private static nint[] Strings(List<nint> allocated, IEnumerable<string> values)
    {
        var pointers = new List<nint>();
        foreach (var value in values)
        {
            var pointer = Marshal.StringToCoTaskMemUTF8(value);
            allocated.Add(pointer);
            pointers.Add(pointer);
        }

        pointers.Add(0);
        return [.. pointers];
    }

    private static void Check(int error)
    {
        if (error != 0)
        {
            throw new ToolFailureException(
                $"could not prepare to start the browser: {Marshal.GetPInvokeErrorMessage(error)}");
        }
    }

    [LibraryImport("libc", EntryPoint = "posix_spawn", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Spawn(int* pid, string path, nint actions, nint attributes, nint* argv,
        nint* envp);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_init")]
    private static partial int FileActionsInit(nint actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")]
    private static partial int FileActionsDestroy(nint actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")]
    private static partial int AddDup2(nint actions, int descriptor, int target);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addopen", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int AddOpen(nint actions, int descriptor, string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")]
    private static partial int AttributesInit(nint attributes);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")]
    private static partial int AttributesDestroy(nint attributes);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")]
    private static partial int SetFlags(nint attributes, short flags);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setpgroup")]
    private static partial int SetGroup(nint attributes, int group);

    [LibraryImport("libc", EntryPoint = "pipe2", SetLastError = true)]
    private static unsafe partial int Pipe2(int* ends, int flags);

    [LibraryImport("libc", EntryPoint = "pipe", SetLastError = true)]
    private static unsafe partial int PlainPipe(int* ends);

    [LibraryImport("libc", EntryPoint = "fcntl")]
    private static partial int Fcntl(int descriptor, int command, int argument);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "waitpid")]
    private static unsafe partial int WaitPid(int pid, int* status, int options);
}
