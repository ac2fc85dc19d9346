using System.CommandLine;

namespace LeafletTool.Cli.ChangeControl;

/// <summary>
/// <c>--base [REF]</c>: the git branch, tag or commit to compare with. Given without REF, the base branch of the
/// GitHub pull request being checked (<c>GITHUB_BASE_REF</c>): <c>origin/&lt;branch&gt;</c>, or the branch itself
/// when there is no such remote branch.
/// </summary>
public static class BaseOption
{
    public const string Variable = "GITHUB_BASE_REF";

    public static Option<string?> Create(string what) => new("--base")
    {
        Description = $"{what} (a branch, tag or commit; alone: the pull request's base branch, {Variable})",
        HelpName = "REF",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>The base to open, or null when the option was not given.</summary>
    public static GitBase? Open(ParseResult parse, Option<string?> option, CliConsole console, string anchor)
    {
        if (parse.GetResult(option) is not { } result) return null;
        var path = console.Environment("PATH");
        if (result.Tokens.Count > 0) return GitBase.Open(result.Tokens[0].Value, anchor, path);
        var branch = console.Environment(Variable);
        if (string.IsNullOrWhiteSpace(branch))
            throw new UsageException($"--base needs a branch, tag or commit (such as --base main) when {Variable} is "
                + "not set.");
        try
        {
            return GitBase.Open("origin/" + branch, anchor, path);
        }
        catch (UsageException) when (!branch.StartsWith('-'))
        {
            return GitBase.Open(branch, anchor, path);
        }
    }

    /// <summary>The folder git runs in: that of the first PATH argument (the folder itself, or a file's folder), so
    /// that leaflets in another repository than the current folder's are compared with their own.</summary>
    public static string Anchor(IReadOnlyList<string> paths, string currentDirectory)
    {
        var first = Path.GetFullPath(paths.Count > 0 ? paths[0] : ".", currentDirectory);
        if (Directory.Exists(first)) return first;
        var folder = Path.GetDirectoryName(first);
        return folder is not null && Directory.Exists(folder) ? folder : currentDirectory;
    }
}
