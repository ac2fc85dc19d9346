using System.CommandLine;
using LeafletTool.Cli.Commands;
using LeafletTool.Core.Formats;

namespace LeafletTool.Cli;

/// <summary>Builds the <c>leaflet</c> command and runs it, turning every failure into a one-line message and an exit
/// code.</summary>
public static class LeafletCli
{
    public static RootCommand CreateRoot(CliConsole console) =>
        new("LeafletTool: validate, build and report on patient-information leaflets written in YAML.")
        {
            ValidateCommand.Create(console),
            BuildCommand.Create(console),
            ReportCommand.Create(console),
            NewCommand.Create(console),
            ImportCommand.Create(console),
            SchemaCommand.Create(console),
            ServeCommand.Create(console),
            DiffCommand.Create(console),
        };

    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            _ = AsOfEnvironment.Read(console.Environment); // a mistake in it is reported even when --as-of is given
            var parse = VersionAction.Install(CreateRoot(console), console).Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine($"leaflet: {TerminalText.Escape(error.Message)}");
                }

                console.Error.WriteLine("Run 'leaflet --help' to see the commands and options.");
                return ExitCodes.Usage;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"leaflet: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Usage;
        }
        catch (ToolFailureException e)
        {
            console.Error.WriteLine($"leaflet: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"leaflet: {TerminalText.Escape(e.Message)}");
            return ExitCodes.Failure;
        }
        // The last line of defence: a bug must still be one line and exit 3, never a stack trace.
#pragma warning disable CA1031
        catch (Exception e)
#pragma warning restore CA1031
        {
            console.Error.WriteLine($"leaflet: internal error ({e.GetType().Name}): {TerminalText.Escape(e.Message)}. "
                + "Please report this with the file that caused it.");
            return ExitCodes.Failure;
        }
    }
}
