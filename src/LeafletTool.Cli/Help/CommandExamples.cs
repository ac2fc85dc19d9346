using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;

namespace LeafletTool.Cli.Help;

/// <summary>
/// What <c>--help</c> shows besides the options: an "Examples:" section for every command, and each default once
/// (an option whose description says "(default: …)" loses those words when System.CommandLine prints its own
/// "[default: …]"; <c>--jobs</c>, whose default 0 means one job per processor, has no "[default: 0]").
/// </summary>
public static partial class CommandExamples
{
    /// <summary>The examples of each command, by name ("" for <c>leaflet</c> itself): command line, then what it
    /// does.</summary>
    public static readonly IReadOnlyDictionary<string, (string Line, string What)[]> All =
        new Dictionary<string, (string, string)[]>
        {
            [""] =
            [
                ("leaflet init", "Set up a folder for a trust's leaflets"),
                ("leaflet new knee-replacement", "Start a leaflet"),
                ("leaflet validate", "Check every leaflet in the leaflets folder"),
                ("leaflet build -o site", "Make the web pages, clear-print pages and text"),
            ],
            ["validate"] =
            [
                ("leaflet validate", "Check every leaflet in the leaflets folder"),
                ("leaflet validate leaflets/knee-replacement.yaml", "Check one leaflet"),
                ("leaflet validate -v", "Also list infos and each leaflet's readability"),
                ("leaflet validate --max-findings 20", "List at most 20 findings, then a count by rule"),
                ("leaflet validate -f json > findings.json", "Findings for another program"),
                ("leaflet validate --base main", "Also check that changed leaflets have a new version"),
                ("leaflet validate --baseline leaflettool-baseline.json", "Only findings not in the baseline"),
            ],
            ["build"] =
            [
                ("leaflet build -o site", "Build every leaflet in the leaflets folder into site"),
                ("leaflet build --out site --formats all", "Also make PDFs (needs Chromium, Chrome or Edge)"),
                ("leaflet build leaflets/knee-replacement.yaml -o site --large-print", "One leaflet, in 18pt"),
            ],
            ["report"] =
            [
                ("leaflet report", "Every leaflet's review date and status, oldest first"),
                ("leaflet report --status overdue --status due-soon", "Only those that need reviewing"),
                ("leaflet report -f csv -o review-dates.csv", "A spreadsheet for the governance team"),
                ("leaflet report -f html -o report.html", "A page to send round"),
            ],
            ["new"] =
            [
                ("leaflet new knee-replacement", "Write leaflets/knee-replacement.yaml to fill in"),
                ("leaflet new knee-replacement --title \"Your knee replacement\" --owner \"Orthopaedic nurses\"",
                    "With its title and owner"),
            ],
            ["import"] =
            [
                ("leaflet import old-leaflets", "Turn every Word, PDF, web page and text file in a folder into YAML"),
                ("leaflet import knee.docx -o leaflets --owner \"Orthopaedic nurses\"", "One Word document"),
            ],
            ["schema"] =
            [
                ("leaflet schema -o leaflets/leaflet.schema.json", "Save the schema beside the leaflets"),
            ],
            ["serve"] =
            [
                ("leaflet serve", "Preview the leaflets folder at http://localhost:5005/"),
                ("leaflet serve leaflets --open --port 5006", "Open it in the browser, on another port"),
            ],
            ["diff"] =
            [
                ("leaflet diff --base main", "What patients will read differently, in each leaflet changed since main"),
                ("leaflet diff old.yaml leaflets/knee-replacement.yaml", "Two versions of one leaflet"),
                ("leaflet diff --base main -f html > changes.html", "A page to print for the committee"),
            ],
            ["init"] =
            [
                ("leaflet init", "Set up this folder: settings, house dictionary, schema, a first leaflet"),
                ("leaflet init patient-leaflets", "Set up another folder (made when missing)"),
            ],
            ["completion"] =
            [
                ("leaflet completion bash >> ~/.bashrc", "Tab completion in bash"),
                ("leaflet completion zsh >> ~/.zshrc", "Tab completion in zsh"),
                ("leaflet completion pwsh >> $PROFILE", "Tab completion in PowerShell"),
            ],
        };

    /// <summary>Adds the examples and the one-default rule to the help of <paramref name="root"/> and every command
    /// under it.</summary>
    public static RootCommand Apply(RootCommand root, CliConsole console)
    {
        foreach (var command in AllCommands(root))
        {
            foreach (var option in command.Options.Where(o => o.HasDefaultValue))
                option.Description = Once(option.Description);
            foreach (var argument in command.Arguments.Where(a => a.HasDefaultValue))
                argument.Description = Once(argument.Description);
        }

        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is not HelpAction help) continue;
            option.Action = new WithExamples(help, console);
        }

        return root;
    }

    /// <summary>A description without its "(default: …)" when help prints the default itself.</summary>
    private static string? Once(string? description) =>
        description is null ? null : DefaultInWords().Replace(description, "");

    [GeneratedRegex(@"\s*\(default: [^()]*\)")]
    private static partial Regex DefaultInWords();

    /// <summary>The key of <see cref="All"/> for a command.</summary>
    public static string KeyOf(Command command) => command is RootCommand ? "" : command.Name;

    /// <summary>The examples of a command as help prints them.</summary>
    public static void Write(Command command, TextWriter output)
    {
        if (!All.TryGetValue(KeyOf(command), out var examples)) return;
        output.WriteLine("Examples:");
        foreach (var (line, what) in examples)
        {
            output.WriteLine($"  {what}:");
            output.WriteLine($"    {line}");
        }

        output.WriteLine();
    }

    private static IEnumerable<Command> AllCommands(Command command) =>
        command.Subcommands.SelectMany(AllCommands).Prepend(command);

    /// <summary>The usual help, then the examples.</summary>
    private sealed class WithExamples(HelpAction help, CliConsole console) : SynchronousCommandLineAction
    {
        /// <summary>As the usual help: <c>leaflet build --help</c> is not refused for want of --out.</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            Write(parseResult.CommandResult.Command, console.Out);
            return code;
        }
    }
}
