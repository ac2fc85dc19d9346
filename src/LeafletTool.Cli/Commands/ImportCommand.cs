using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Formats;
using LeafletTool.Core.Importing;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet import FILE.txt</c>: turns a plain-text leaflet into a YAML source, by default
/// <c>leaflets/&lt;slug of its title&gt;.yaml</c>, and lists what it could not place. It replaces a file only with
/// <c>--force</c>; <c>--out -</c> prints the YAML instead.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Argument<string>("FILE")
        {
            Description = "The plain-text leaflet (UTF-8), such as old-leaflet.txt",
        };
        var output = new Option<string?>("--out")
        {
            Description = $"Where to write the YAML (default: {CommonOptions.DefaultFolder}/<slug of the title>.yaml; "
                + "- prints it)",
            HelpName = "FILE",
        };
        var owner = new Option<string?>("--owner")
        {
            Description = "The team that owns the leaflet (default: the team the contact section names)",
            HelpName = "NAME",
        };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists" };

        var command = new Command("import", "Turn a plain-text leaflet into a YAML source, keeping every sentence")
        {
            input, output, owner, force,
        };
        command.SetAction(parse =>
        {
            var inputName = parse.GetValue(input)!;
            var inputPath = Path.GetFullPath(inputName, console.CurrentDirectory);
            if (!File.Exists(inputPath)) throw new UsageException($"'{inputName}' does not exist");
            var (text, problem) = SourceReader.Read(inputPath);
            if (text is null)
            {
                console.Error.WriteLine($"leaflet: {TerminalText.Escape(PathNames.Normalise(inputName))}: {problem}");
                return ExitCodes.LeafletErrors;
            }

            var result = PlainTextImporter.Import(text, parse.GetValue(owner));
            var target = parse.GetValue(output) ?? PathNames.Join(CommonOptions.DefaultFolder, result.Slug + ".yaml");
            if (target == "-")
            {
                console.Out.Write(result.Yaml);
                WriteNotes(console.Error, inputName, result);
                return ExitCodes.Success;
            }

            var targetPath = Path.GetFullPath(target, console.CurrentDirectory);
            if (parse.GetValue(force)) AtomicFile.Write(targetPath, result.Yaml);
            else if (!AtomicFile.WriteNew(targetPath, result.Yaml))
            {
                throw new UsageException($"{PathNames.Normalise(target)} already exists; choose another --out, or add "
                    + "--force to replace it");
            }

            var display = PathNames.Normalise(target);
            console.Out.WriteLine($"Imported {PathNames.Normalise(inputName)} into {display}: " +
                $"{result.Draft.Sections.Count} section(s), {result.Draft.Contacts.Count} contact(s).");
            var cut = display.LastIndexOf('/');
            SchemaFile.EnsureIn(Path.GetDirectoryName(targetPath)!, cut < 0 ? "" : display[..cut], console.Out);
            WriteNotes(console.Out, inputName, result);
            console.Out.WriteLine($"Check it with: leaflet validate {display}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteNotes(TextWriter writer, string inputName, ImportResult result)
    {
        foreach (var note in result.Notes)
        {
            writer.WriteLine(note.Line > 0 ? $"{PathNames.Normalise(inputName)}:{note.Line}: {note.Message}"
                : $"{PathNames.Normalise(inputName)}: {note.Message}");
        }
    }
}
