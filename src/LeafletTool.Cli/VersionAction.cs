using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace LeafletTool.Cli;

/// <summary>
/// <c>leaflet --version</c>: the version of the tool itself (its package version), not of whatever program hosts it
/// (the default reads the entry assembly, which in-process is the test host).
/// </summary>
public sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        console.Out.WriteLine(Version);
        return ExitCodes.Success;
    }

    /// <summary>Points the root command's <c>--version</c> option at this action.</summary>
    public static RootCommand Install(RootCommand root, CliConsole console)
    {
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new VersionAction(console);
        return root;
    }
}
