using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Authoring;
using LeafletTool.Core.Schema;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet init [FOLDER]</c>: sets up a folder for a new trust's leaflets, asking nothing: the settings
/// (<c>leaflettool.yaml</c>, with what to fill in marked), a house dictionary, the leaflet schema, VS Code's
/// recommended YAML extension and schema mapping, and a first leaflet when the leaflets folder has none. It never
/// replaces a file: it says which were kept. The result passes <c>leaflet validate</c>. Exit 0.
/// </summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string?>("FOLDER")
        {
            Description = "The folder to set up (default: the current folder; made when missing)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("init", "Set up a folder for a trust's leaflets: settings, house dictionary, "
            + "schema, VS Code settings and a first leaflet (never replaces a file)")
        {
            folder,
        };
        command.SetAction(parse => Run(console, parse.GetValue(folder) ?? "."));
        return command;
    }

    private static int Run(CliConsole console, string folder)
    {
        var root = Path.GetFullPath(folder, console.CurrentDirectory);
        if (File.Exists(root)) throw new UsageException($"{folder} is a file, not a folder");
        var display = PathNames.Normalise(folder).TrimEnd('/');
        string Shown(string relative) => display is "" or "." ? relative : PathNames.Join(display, relative);
        var leaflets = CommonOptions.DefaultFolder;
        var leafletsPath = Path.Combine(root, leaflets);
        var hasLeaflets = Directory.Exists(leafletsPath) && Directory.EnumerateFiles(leafletsPath, "*.yaml")
            .Any(f => PathNames.IsLeafletSource(Path.GetFileName(f)));
        var settings = new ConfigLocator(console.CurrentDirectory, null).ForFolder(leafletsPath).Config;

        var files = new List<(string Relative, string Text, string What)>
        {
            (ConfigLocator.FileName, StarterFiles.Config, "the settings; fill in the lines marked \"Fill in\""),
            ("dictionary.txt", StarterFiles.Dictionary, "the house dictionary, one word a line"),
            (leaflets + "/" + LeafletSchema.FileName, LeafletSchema.Json,
                "so editors such as VS Code complete and check leaflets"),
            (".vscode/extensions.json", StarterFiles.VsCodeExtensions, "VS Code recommends its YAML extension"),
            (".vscode/settings.json", StarterFiles.VsCodeSettings(leaflets), "VS Code checks leaflets as you type"),
        };
        if (!hasLeaflets)
        {
            var yaml = StarterFiles.StarterLeaflet(ResourceNumbers.Next([]), console.Today,
                settings.MaxIntervalMonths);
            files.Add((leaflets + "/" + StarterFiles.StarterSlug + ".yaml", yaml,
                "a first leaflet to change or delete"));
        }

        var kept = new List<string>();
        foreach (var (relative, text, what) in files)
        {
            var path = Path.Combine(root, relative);
            if (File.Exists(path) || !Write(path, text, Shown(relative)))
            {
                kept.Add(Shown(relative));
                continue;
            }

            console.Out.WriteLine($"Wrote {Shown(relative)}: {what}.");
        }

        if (kept.Count > 0)
            console.Out.WriteLine($"Kept {string.Join(", ", kept)}: already there, left as they were.");
        var cd = display is "" or "." ? "" : $"cd {display}, then ";
        console.Out.WriteLine($"Next: {cd}leaflet new SLUG to start a leaflet, leaflet validate to check the "
            + "leaflets, and leaflet build -o site to make the pages.");
        return ExitCodes.Success;
    }

    private static bool Write(string path, string text, string shown)
    {
        try
        {
            return AtomicFile.WriteNew(path, text);
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            throw new ToolFailureException($"{shown} could not be written: {AtomicFile.Describe(e)}");
        }
    }
}
