using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Parsing;

namespace LeafletTool.Cli.Help;

/// <summary>
/// Finds a mistyped command or option in a parsed command line and says what was probably meant:
/// <c>leaflet valdate</c> gives "did you mean 'validate'?", <c>leaflet validate --fromat json</c> "did you mean
/// '--format'?". A word starting with a dash that a command took as a PATH counts as an option unless such a file
/// exists (after <c>--</c> every word is a path).
/// </summary>
public static class UsageTypos
{
    /// <summary>One line about the first mistyped word, or null when there is none.</summary>
    public static string? Find(ParseResult parse, string currentDirectory)
    {
        var command = parse.CommandResult.Command;
        var afterDoubleDash = parse.Tokens.SkipWhile(t => t.Type != TokenType.DoubleDash)
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var words = new List<string>(parse.UnmatchedTokens);
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            words.AddRange(argument.Tokens
                .Where(t => !afterDoubleDash.Contains(t) && LooksLikeOption(t.Value)
                    && !Exists(t.Value, currentDirectory))
                .Select(t => t.Value));
        }

        foreach (var word in words)
        {
            if (LooksLikeOption(word)) return AboutOption(command, word);
            if (command is RootCommand) return AboutCommand(command, word);
        }

        return null;
    }

    /// <summary>A parse error's message, or "did you mean" when it refuses a value close to one that is accepted
    /// (<c>--format jsn</c>).</summary>
    public static string Explain(ParseError error)
    {
        var (symbol, name, tokens) = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult option } a => ((Symbol)a.Argument, option.Option.Name, a.Tokens),
            ArgumentResult a => (a.Argument, a.Argument.Name, a.Tokens),
            OptionResult o => (o.Option, o.Option.Name, o.Tokens),
            _ => (null, "", []),
        };
        if (symbol is null) return error.Message;
        var accepted = symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
        foreach (var token in tokens)
        {
            if (!accepted.Contains(token.Value) && Typos.Nearest(token.Value, accepted) is { } meant)
                return $"'{token.Value}' is not a value of {name} ({string.Join(", ", accepted)}); did you mean "
                    + $"'{meant}'?";
        }

        return error.Message;
    }

    /// <summary>"leaflet validate" for the validate command; "leaflet" for the root, whatever the program's
    /// file is called.</summary>
    public static string PathOf(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c and not RootCommand; symbol = c.Parents.FirstOrDefault())
            names.Insert(0, c.Name);
        names.Insert(0, "leaflet");
        return string.Join(' ', names);
    }

    private static string AboutOption(Command command, string word)
    {
        var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Append("--help");
        var where = PathOf(command);
        return Typos.Nearest(word, names) is { } meant
            ? $"'{word}' is not an option of '{where}'; did you mean '{meant}'?"
            : $"'{word}' is not an option of '{where}'; '{where} --help' lists them.";
    }

    private static string AboutCommand(Command root, string word)
    {
        var names = root.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        return Typos.Nearest(word, names) is { } meant
            ? $"'{word}' is not a leaflet command; did you mean '{meant}'?"
            : $"'{word}' is not a leaflet command; the commands are {string.Join(", ", names)}.";
    }

    private static bool LooksLikeOption(string word) => word.Length > 1 && word[0] == '-';

    private static bool Exists(string path, string currentDirectory)
    {
        try
        {
            var full = Path.GetFullPath(path, currentDirectory);
            return File.Exists(full) || Directory.Exists(full);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException)
        {
            return false;
        }
    }
}
