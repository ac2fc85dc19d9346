using System.CommandLine;

namespace LeafletTool.Cli.Help;

/// <summary>
/// The one-letter forms people expect, the same on every command that has the long one: <c>-o</c> for
/// <c>--out</c> (and import's <c>--out-dir</c>), <c>-f</c> for <c>--format</c>, <c>-v</c> for <c>--verbose</c>,
/// <c>-q</c> for <c>--quiet</c>. (build's <c>--formats</c>, a list, has no <c>-f</c>: it would read as one format.)
/// </summary>
public static class ShortForms
{
    private static readonly (string Long, string Short)[] Pairs =
    [
        ("--out", "-o"), ("--out-dir", "-o"), ("--format", "-f"), ("--verbose", "-v"), ("--quiet", "-q"),
    ];

    public static RootCommand Apply(RootCommand root)
    {
        Apply((Command)root);
        return root;
    }

    private static void Apply(Command command)
    {
        foreach (var option in command.Options)
        {
            foreach (var (longName, shortName) in Pairs)
            {
                if (option.Name == longName && !command.Options.Any(o => o.Aliases.Contains(shortName)))
                    option.Aliases.Add(shortName);
            }
        }

        foreach (var sub in command.Subcommands) Apply(sub);
    }
}
