using System.CommandLine;
using LeafletTool.Cli.Help;

namespace LeafletTool.Cli.Tests.Usage;

/// <summary>Every command's help has examples, and says each default once, truthfully.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string>();
        var root = LeafletCli.CreateRoot(Console());
        foreach (var command in root.Subcommands) data.Add(command.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Every_command_has_examples_that_use_it(string name)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, name, "--help");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var examples = result.Out[result.Out.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"    leaflet {name}", examples, StringComparison.Ordinal);
        Assert.DoesNotContain("(default:", string.Join('\n', result.Out.Split('\n').Where(l => l.Contains("[default:",
            StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_command_in_the_examples_exists_and_every_command_has_some()
    {
        var root = LeafletCli.CreateRoot(Console());
        var names = root.Subcommands.Select(c => c.Name).Append("").ToHashSet();
        Assert.Equal(names.Order(), CommandExamples.All.Keys.Order());
    }

    [Fact]
    public void Jobs_says_its_default_once_and_truly()
    {
        using var folder = new TempFolder();
        var help = CliRunner.Run(folder.Path, "validate", "--help").Out;
        var jobs = help.Split('\n').Single(l => l.TrimStart().StartsWith("--jobs", StringComparison.Ordinal));
        Assert.Contains("(default: one per processor)", jobs, StringComparison.Ordinal);
        Assert.DoesNotContain("[default: 0]", jobs, StringComparison.Ordinal);
        var paths = help.Split('\n').Single(l => l.TrimStart().StartsWith("<PATH>", StringComparison.Ordinal));
        Assert.Equal(2, paths.Split("default").Length);
    }

    [Theory]
    [InlineData("bash", "complete -o default")]
    [InlineData("zsh", "compdef _leaflet leaflet")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName leaflet")]
    public void Completion_prints_a_script_for_each_shell(string shell, string expected)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, "completion", shell);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
        Assert.Contains("[suggest:", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leaflet val", "validate")]
    [InlineData("leaflet validate --for", "--format")]
    [InlineData("leaflet build --lar", "--large-print")]
    public void The_suggest_directive_the_scripts_call_completes(string line, string expected)
    {
        using var folder = new TempFolder();
        var result = CliRunner.Run(folder.Path, $"[suggest:{line.Length}]", line);
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(expected, result.Out.Trim());
    }

    [Theory]
    [InlineData("validate", "-v", "-q", "-f")]
    [InlineData("build", "-v", "-q", "-o")]
    [InlineData("report", "-q", "-f", "-o")]
    [InlineData("import", "-q", "-f", "-o")]
    [InlineData("schema", "-o", null, null)]
    public void Short_forms_are_on_every_command_with_the_long_one(string name, string a, string? b, string? c)
    {
        var command = LeafletCli.CreateRoot(Console()).Subcommands.Single(s => s.Name == name);
        var aliases = command.Options.SelectMany(o => o.Aliases).ToHashSet();
        foreach (var alias in new[] { a, b, c }.OfType<string>()) Assert.Contains(alias, aliases);
    }

    private static CliConsole Console() =>
        new(TextWriter.Null, TextWriter.Null, false, _ => null, TimeProvider.System, Path.GetTempPath());
}
