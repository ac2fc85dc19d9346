using System.CommandLine;
using System.CommandLine.Parsing;
using LeafletTool.Cli.Commands;
using LeafletTool.Cli.Help;
using LeafletTool.Core.Formats;

namespace LeafletTool.Cli;

/// <summary>Builds the <c>leaflet</c> command and runs it, turning every failure into a one-line message and an exit
/// code.</summary>
public static class LeafletCli
{
    public static RootCommand CreateRoot(CliConsole console) =>
        CommandExamples.Apply(ShortForms.Apply(new RootCommand(
            "LeafletTool: validate, build and report on patient-information leaflets written in YAML.")
        {
            InitCommand.Create(console),
            ValidateCommand.Create(console),
            BuildCommand.Create(console),
            ReportCommand.Create(console),
            NewCommand.Create(console),
            ImportCommand.Create(console),
            SchemaCommand.Create(console),
            ServeCommand.Create(console),
            CompletionCommand.Create(console),
            DiffCommand.Create(console),
        }), console);

    public static int Run(string[] args, CliConsole console)
    {
        try
        {
            _ = AsOfEnvironment.Read(console.Environment); // a mistake in it is reported even when --as-of is given
            // 'leaflet' alone is someone finding their way: show the help, which is not a mistake.
            var parse = VersionAction.Install(CreateRoot(console), console).Parse(args.Length == 0 ? ["--help"] : args);
            var directive = parse.Tokens.Any(t => t.Type == TokenType.Directive); // [suggest:N], for completion
            if (!directive && UsageTypos.Find(parse, console.CurrentDirectory) is { } typo)
            {
                console.Error.WriteLine($"leaflet: {TerminalText.Escape(typo)}");
                var command = parse.CommandResult.Command;
                console.Error.WriteLine(command is RootCommand
                    ? "Run 'leaflet --help' to see the commands and options."
                    : $"Run '{UsageTypos.PathOf(command)} --help' to see its options.");
                return ExitCodes.Usage;
            }

            if (parse.Errors.Count > 0 && !directive)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine($"leaflet: {TerminalText.Escape(UsageTypos.Explain(error))}");
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
