namespace LeafletTool.Cli;

/// <summary>Everything the CLI takes from the outside world, so tests can run commands in-process with their own writers and clock.</summary>
public sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    bool OutputIsTerminal,
    Func<string, string?> Environment,
    TimeProvider Clock,
    string CurrentDirectory)
{
    public static CliConsole System() => new(
        Console.Out,
        Console.Error,
        !Console.IsOutputRedirected,
        global::System.Environment.GetEnvironmentVariable,
        TimeProvider.System,
        global::System.Environment.CurrentDirectory);

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public bool UseColour => OutputIsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));

    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
}
