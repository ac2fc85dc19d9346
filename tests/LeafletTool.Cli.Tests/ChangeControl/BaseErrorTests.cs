namespace LeafletTool.Cli.Tests.ChangeControl;

/// <summary>Every way <c>--base</c> cannot work is one line and exit 2.</summary>
public class BaseErrorTests
{
    private static void AssertOneLine(CliResult result, string expected)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("leaflet: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("diff")]
    public void A_base_that_does_not_exist(string command)
    {
        using var repo = new GitRepo();
        AssertOneLine(CliRunner.Run(repo.Path, GitRepo.Environment(), command, "--base", "no-such-branch"),
            "there is no branch, tag or commit 'no-such-branch'");
    }

    [Fact]
    public void Git_is_missing()
    {
        using var repo = new GitRepo();
        using var empty = new TempFolder();
        AssertOneLine(CliRunner.Run(repo.Path, new Dictionary<string, string> { ["PATH"] = empty.Path },
            "validate", "--base", "main"), "--base needs git, and git was not found on the PATH");
    }

    [Fact]
    public void Not_a_repository()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/caring-for-your-wound.yaml", ValidLeaflet.Yaml);
        AssertOneLine(CliRunner.Run(folder.Path, GitRepo.Environment(), "validate", "--base", "main"),
            "is not in a git repository");
    }

    [Fact]
    public void No_ref_and_no_pull_request()
    {
        using var repo = new GitRepo();
        AssertOneLine(CliRunner.Run(repo.Path, GitRepo.Environment(), "validate", "--base"),
            "--base needs a branch, tag or commit (such as --base main) when GITHUB_BASE_REF is not set");
    }
}
