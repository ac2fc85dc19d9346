using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Authoring;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules.Structure;
using LeafletTool.Core.Text;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet new SLUG</c>: writes <c>FOLDER/SLUG.yaml</c>, a skeleton with the next free resource number. It never
/// replaces a file: when <c>SLUG.yaml</c> exists it says so and exits 2, like any other wrong command line.
/// </summary>
public static class NewCommand
{
    public static Command Create(CliConsole console)
    {
        var slug = new Argument<string>("SLUG")
        {
            Description = "The new leaflet's file name without .yaml: lower-case letters, digits and single hyphens, "
                + "such as cryotherapy-chronic-pain",
        };
        var title = new Option<string?>("--title")
        {
            Description = "The leaflet's title (default: made from the slug)",
            HelpName = "TITLE",
        };
        var owner = new Option<string?>("--owner")
        {
            Description = "The team that owns the leaflet; also its first contact",
            HelpName = "NAME",
        };
        var folder = new Option<string>("--folder")
        {
            Description = $"The folder of leaflets to add it to (default: {CommonOptions.DefaultFolder})",
            HelpName = "DIR",
            DefaultValueFactory = _ => CommonOptions.DefaultFolder,
        };
        var asOf = CommonOptions.AsOf();
        asOf.Description = "Publish it in the month of this day, YYYY-MM-DD (default: today)";
        var config = CommonOptions.Config();

        var command = new Command("new",
            "Start a new leaflet: writes a skeleton with the next free resource number and today's month as published")
        {
            slug, title, owner, folder, asOf, config,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(slug)!;
            // The same test as validate's slug-format, so new never writes a leaflet that validate refuses.
            if (Slugs.Problem(name) is var (problem, _)) throw new UsageException(problem.TrimEnd('.'));

            var displayFolder = PathNames.Normalise(parse.GetValue(folder)!);
            var fullFolder = Path.GetFullPath(displayFolder, console.CurrentDirectory);
            var display = PathNames.Join(displayFolder, name + ".yaml");
            var configs = new ConfigLocator(console.CurrentDirectory, parse.GetValue(config));
            var settings = configs.ForFolder(fullFolder).Config;
            var number = ResourceNumbers.Next(ExistingResourceNumbers(fullFolder));
            var today = parse.GetValue(asOf) ?? console.Today;
            var yaml = LeafletSkeleton.Create(name, parse.GetValue(title), parse.GetValue(owner), number, today,
                settings.MaxIntervalMonths);
            if (!AtomicFile.WriteNew(Path.Combine(fullFolder, name + ".yaml"), yaml))
            {
                throw new UsageException($"{display} already exists; choose another slug, or edit that leaflet");
            }

            console.Out.WriteLine($"Wrote {display} with resource number {number}.");
            SchemaFile.EnsureIn(fullFolder, displayFolder, console.Out);
            console.Out.WriteLine("Fill in the lines marked \"Fill in\", then check it with: leaflet validate "
                + $"{display}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static IEnumerable<string> ExistingResourceNumbers(string folder)
    {
        if (!Directory.Exists(folder)) yield break;
        foreach (var file
            in Directory.EnumerateFiles(folder, "*.yaml").Where(f => PathNames.IsLeafletSource(Path.GetFileName(f))))
        {
            var (text, _) = SourceReader.Read(file);
            if (text is null) continue;
            if (LeafletLoader.Load(SourceDocument.FromText(file, text)).Leaflet?.ResourceNumber is { } number)
                yield return number.Value;
        }
    }
}
