using System.Text;

namespace LeafletTool.Cli;

/// <summary>Everything the CLI takes from the outside world, so tests can run commands in-process with their own
/// writers and clock.</summary>
public sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    bool OutputIsTerminal,
    Func<string, string?> Environment,
    TimeProvider Clock,
    string CurrentDirectory)
{
    /// <summary>
    /// The real console. Output sent to a file or a pipe is buffered and written when the command ends (or just before
    /// anything is written to standard error, so the two keep their order): a check of 10,000 leaflets prints about
    /// 30,000 lines, and writing each line on its own took about 0.3 s of the main thread after the work was done.
    /// On a terminal every line appears at once. Call <see cref="Flush"/> before the process exits.
    /// </summary>
    public static CliConsole System()
    {
        var terminal = !Console.IsOutputRedirected;
        var output = terminal
            ? Console.Out
            : TextWriter.Synchronized(
                new StreamWriter(Console.OpenStandardOutput(), WithoutPreamble(Console.OutputEncoding), 1 << 16)
                {
                    AutoFlush = false,
                });
        return new CliConsole(
            output,
            terminal ? Console.Error : new FlushFirstWriter(Console.Error, output),
            terminal,
            global::System.Environment.GetEnvironmentVariable,
            TimeProvider.System,
            global::System.Environment.CurrentDirectory)
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary>The command's phases as they end, for LEAFLET_STATS.</summary>
    public PhaseTimes Phases { get; } = new(Clock);

    /// <summary>Whether standard error is a terminal: where a progress line may be drawn
    /// (<see cref="Progress.ProgressLine"/>).</summary>
    public bool ErrorIsTerminal { get; init; }

    // The console's own encoding (a Windows code page, or UTF-8), as Console.Out uses it: never a byte-order mark.
    private static Encoding WithoutPreamble(Encoding encoding)
        => encoding is UTF8Encoding ? new UTF8Encoding(false) : encoding;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public bool UseColour => OutputIsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));

    /// <summary>Today on this machine's clock, unless <c>LEAFLET_AS_OF</c> names another day.</summary>
    public DateOnly Today => AsOfEnvironment.Read(Environment) ?? DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>Writes out whatever output is still buffered; a closed pipe (the reader went away) is not an
    /// error.</summary>
    public void Flush()
    {
        try
        {
            Out.Flush();
            Error.Flush();
        }
        catch (IOException)
        {
        }
    }
}
