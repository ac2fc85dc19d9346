using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Tests.Docs;

/// <summary>The README is part of the product: its rule catalogue must match the code's.</summary>
public class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root(), "README.md"));

    [Fact]
    public void The_rule_table_lists_every_rule_with_its_default_severity()
    {
        foreach (var rule in RuleCatalogue.All)
        {
            Assert.Contains($"| `{rule.Id}` | {rule.DefaultSeverity.ToName()} |", Readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_command_has_a_section_with_an_example()
    {
        foreach (var command in LeafletCli.CreateRoot(CliConsole.System()).Subcommands.Select(c => c.Name))
        {
            Assert.Contains($"## {command}", Readme, StringComparison.Ordinal);
            Assert.Contains($"leaflet {command}", Readme, StringComparison.Ordinal);
        }
    }
}
