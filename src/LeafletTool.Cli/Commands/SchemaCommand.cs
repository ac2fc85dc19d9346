using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Schema;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet schema [--out FILE]</c>: prints the JSON Schema of the source format, or writes it to a file
/// (the leaflets folder keeps a copy, <c>leaflets/leaflet.schema.json</c>, that the leaflets' first line points at).
/// </summary>
public static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out")
        {
            Description = $"Write the schema to this file, such as leaflets/{LeafletSchema.FileName}, instead of the "
                + "screen",
            HelpName = "FILE",
        };
        var command = new Command("schema",
            "Print the JSON Schema of the leaflet format, so editors such as VS Code complete and check leaflets as "
            + "you type")
        {
            output,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(output) is { } file)
            {
                AtomicFile.Write(Path.GetFullPath(file, console.CurrentDirectory), LeafletSchema.Json);
                console.Error.WriteLine($"Wrote the leaflet schema to {PathNames.Normalise(file)}.");
            }
            else
            {
                console.Out.Write(LeafletSchema.Json);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
