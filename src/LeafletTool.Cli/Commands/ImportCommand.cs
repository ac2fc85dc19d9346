using System.CommandLine;
using LeafletTool.Cli.Files;
using LeafletTool.Cli.Importing;
using LeafletTool.Cli.Progress;
using LeafletTool.Core.Importing;

namespace LeafletTool.Cli.Commands;

/// <summary>
/// <c>leaflet import SOURCE… [--out-dir DIR] [--force] [--owner NAME] [--format text|json]</c>: turns leaflets in
/// text, Word, PDF or web-page form (files, or folders of them) into YAML sources, <c>DIR/&lt;slug&gt;.yaml</c>,
/// one line per source and a summary; a source that cannot be read is reported and the rest imported. It replaces a
/// file only with <c>--force</c>. Exit 0 when every source was imported, 1 when some failed, 2 for a bad command
/// line.
/// </summary>
public static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Leaflets to import (.txt, .docx, .pdf, .html, .htm), or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string>("--out-dir")
        {
            Description = $"The folder to write the YAML sources to (default: {CommonOptions.DefaultFolder})",
            HelpName = "DIR",
            DefaultValueFactory = _ => CommonOptions.DefaultFolder,
        };
        var owner = new Option<string?>("--owner")
        {
            Description = "The team that owns the leaflets (default: the one each leaflet names)",
            HelpName = "NAME",
        };
        var force = new Option<bool>("--force") { Description = "Replace YAML files that exist" };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (to read) or json (for other systems)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var quiet = CommonOptions.Quiet();

        var command = new Command("import",
            "Turn leaflets in text, Word, PDF or web-page form into YAML sources, keeping every word")
        {
            sources, outDir, owner, force, format, quiet,
        };
        command.SetAction(parse =>
        {
            var folder = PathNames.Normalise(parse.GetValue(outDir)!).TrimEnd('/');
            if (folder.Length == 0) folder = ".";
            var folderPath = Path.GetFullPath(folder, console.CurrentDirectory);
            RefuseFileName(folder, folderPath);
            var found = ImportSources.Expand(parse.GetValue(sources)!, console.CurrentDirectory);
            var json = parse.GetValue(format) == "json";
            var text = json ? TextWriter.Null : console.Out;
            var lines = parse.GetValue(quiet) ? TextWriter.Null : text;
            using var progress = ProgressLine.Start(console, "Importing", "Imported", "sources",
                !json && !parse.GetValue(quiet));
            progress?.Total = found.Count;
            var outcomes = new List<ImportOutcome>();
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (display, fullPath) in found)
            {
                var outcome = ImportOne(display, fullPath, folder, folderPath, parse.GetValue(owner),
                    parse.GetValue(force), taken);
                outcomes.Add(outcome);
                if (progress is null) ImportReport.WriteLine(lines, console.Error, outcome);
                else progress.WriteAbove(() => ImportReport.WriteLine(lines, console.Error, outcome));
                progress?.Advance();
            }

            if (outcomes.Any(o => o.Result is not null))
                SchemaFile.EnsureIn(folderPath, folder == "." ? "" : folder, text);
            progress?.Dispose();
            if (json) console.Out.Write(ImportJson.Write(outcomes));
            else ImportReport.WriteSummary(console.Out, outcomes, folder);
            return outcomes.All(o => o.Result is not null) ? ExitCodes.Success : ExitCodes.LeafletErrors;
        });
        return command;
    }

    /// <summary>
    /// <c>--out-dir leaflets/seed.yaml</c> is a file name given for a folder: the YAML would go into a new folder
    /// named <c>seed.yaml</c>, which <c>validate</c> and <c>build</c> of <c>leaflets</c> never look into.
    /// </summary>
    private static void RefuseFileName(string folder, string folderPath)
    {
        var extension = Path.GetExtension(folder);
        if (!extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            && !extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)) return;
        if (Directory.Exists(folderPath)) return;
        var slash = folder.LastIndexOf('/');
        var parent = slash > 0 ? folder[..slash] : slash == 0 ? "/" : ".";
        throw new UsageException($"--out-dir takes a folder, not a file name: '{folder}'. Each leaflet is written "
            + $"as DIR/<slug>.yaml, named from its title; give --out-dir {parent}");
    }

    private static ImportOutcome ImportOne(string display, string fullPath, string folder, string folderPath,
        string? owner, bool force, HashSet<string> taken)
    {
        var (result, failure) = SourceImporter.Import(fullPath, owner);
        if (result is null) return new ImportOutcome(display, null, null, failure);
        var slug = result.Slug;
        for (var n = 2; !taken.Add(slug); n++) slug = $"{result.Slug}-{n}";
        var target = PathNames.Join(folder == "." ? "" : folder, slug + ".yaml");
        var targetPath = Path.Combine(folderPath, slug + ".yaml");
        try
        {
            Directory.CreateDirectory(folderPath);
            if (force) AtomicFile.Write(targetPath, result.Yaml);
            else if (!AtomicFile.WriteNew(targetPath, result.Yaml))
            {
                return new ImportOutcome(display, null, null,
                    $"{target} already exists; add --force to replace it");
            }
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            return new ImportOutcome(display, null, null, $"{target} could not be written: {AtomicFile.Describe(e)}");
        }

        return new ImportOutcome(display, target, result, null);
    }
}
