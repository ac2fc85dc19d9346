using System.CommandLine;
using LeafletTool.Cli.ChangeControl;
using LeafletTool.Core.ChangeControl;

namespace LeafletTool.Cli.Commands;

/// <summary><c>leaflet diff OLD NEW</c> and <c>leaflet diff --base REF [PATH…]</c>: what a patient reads, before and
/// after, word by word, section by section. Exit 0 whether or not anything changed.</summary>
public static class DiffCommand
{
    public static readonly IReadOnlyList<string> Formats = ["text", "markdown", "html", "json"];

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Two leaflet files, old then new; with --base, leaflet files or folders (default: "
                + $"{CommonOptions.DefaultFolder})",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, markdown (for a pull-request comment), html (a page to print) or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong([.. Formats]);
        var baseRef = BaseOption.Create("Compare the leaflets with their versions at this git base");
        var jobs = CommonOptions.Jobs();
        var command = new Command("diff", "Show what a patient would read differently, word by word")
        {
            paths, format, baseRef, jobs,
        };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) ?? [];
            var anchorPaths = given.Length > 0 ? given : [CommonOptions.DefaultFolder];
            var gitBase = BaseOption.Open(parse, baseRef, console,
                BaseOption.Anchor(anchorPaths, console.CurrentDirectory));
            var diffs = gitBase is null
                ? [DiffSources.TwoFiles(given, console.CurrentDirectory)]
                : DiffSources.AgainstBase(gitBase, anchorPaths, console.CurrentDirectory, parse.GetValue(jobs));
            Write(diffs, parse.GetValue(format)!, console);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(IReadOnlyList<LeafletDiff> diffs, string format, CliConsole console)
    {
        switch (format)
        {
            case "markdown":
                console.Out.Write(DiffMarkdownFormat.Write(diffs));
                break;
            case "html":
                DiffHtmlFormat.Write(diffs, console.Out);
                break;
            case "json":
                DiffJsonFormat.Write(diffs, console.Out);
                break;
            default:
                DiffTextFormat.Write(diffs, console.Out, console.UseColour);
                break;
        }
    }
}
