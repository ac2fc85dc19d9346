namespace LeafletTool.Cli.Tests.ChangeControl;

/// <summary><c>validate --base</c> on real git histories of the sample leaflet: the held-out scenarios of issue
/// 19.</summary>
public class ValidateBaseTests
{
    private const string Sentence = "there is a risk of bleeding, infection";
    private const string Reworded = "there is a small risk of bleeding or infection";

    private static CliResult Validate(GitRepo repo, params string[] more) =>
        CliRunner.Run(repo.Path, GitRepo.Environment(),
            ["validate", "leaflets", "--as-of", "2026-01-15", "--format", "json", .. more]);

    private static List<(string Rule, string File, int Line)> Findings(CliResult result, params string[] rules)
    {
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => (d.GetProperty("rule").GetString()!, d.GetProperty("file").GetString()!,
                d.GetProperty("line").GetInt32()))
            .Where(d => rules.Contains(d.Item1))
            .ToList();
    }

    private static readonly string[] ChangeRules = ["version-not-bumped", "published-not-updated",
        "resource-number-changed"];

    [Fact]
    public void Wording_changed_without_a_bump_is_an_error_on_the_resource_number_line()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, Sentence, Reworded);
        repo.Commit("Reword a risk");
        var result = Validate(repo, "--base", "main");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [("version-not-bumped", GitRepo.Sample, 3), ("published-not-updated", GitRepo.Sample, 4)],
            Findings(result, ChangeRules));
    }

    [Fact]
    public void Wording_changed_with_version_and_date_bumped_is_clean()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, Sentence, Reworded);
        repo.Edit(GitRepo.Sample, "5373/VER1", "5373/VER2");
        repo.Edit(GitRepo.Sample, "published: 2023-06", "published: 2026-01");
        repo.Commit("Reword a risk, version 2");
        var result = Validate(repo, "--base", "main");
        Assert.Empty(Findings(result, ChangeRules));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void Only_layout_and_comments_changed_is_clean()
    {
        using var repo = new GitRepo();
        var text = repo.Read(GitRepo.Sample)
            .Replace("title: Cryotherapy to treat chronic pain", "# Reviewed by the panel\n"
                + "title: \"Cryotherapy to treat chronic pain\"  # quoted now", StringComparison.Ordinal)
            .Replace("        As with all procedures that involve placement of sharp, needle-like structures,\n",
                "        As with all procedures that involve placement\n        of sharp, needle-like structures,\n",
                StringComparison.Ordinal);
        repo.Write(GitRepo.Sample, text);
        repo.Commit("Layout only");
        Assert.Empty(Findings(Validate(repo, "--base", "main"), ChangeRules));
    }

    [Fact]
    public void A_new_leaflet_is_clean_even_uncommitted()
    {
        using var repo = new GitRepo();
        repo.Write("leaflets/caring-for-your-wound.yaml", ValidLeaflet.Yaml);
        Assert.Empty(Findings(Validate(repo, "--base", "main"), ChangeRules));
        repo.Commit("A new leaflet");
        Assert.Empty(Findings(Validate(repo, "--base", "main"), ChangeRules));
    }

    [Fact]
    public void A_renamed_leaflet_with_changed_words_is_followed_and_is_an_error()
    {
        using var repo = new GitRepo();
        repo.Git("mv", GitRepo.Sample, "leaflets/cryotherapy-for-pain.yaml");
        repo.Edit("leaflets/cryotherapy-for-pain.yaml", Sentence, Reworded);
        repo.Commit("Rename and reword");
        var result = Validate(repo, "--base", "main");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(("version-not-bumped", "leaflets/cryotherapy-for-pain.yaml", 3),
            Findings(result, ChangeRules));
    }

    [Fact]
    public void Bumped_but_published_not_updated_is_a_warning_and_exit_0()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, Sentence, Reworded);
        repo.Edit(GitRepo.Sample, "5373/VER1", "5373/VER2");
        repo.Commit("Reword, forget the date");
        var result = Validate(repo, "--base", "main");
        Assert.Equal([("published-not-updated", GitRepo.Sample, 4)], Findings(result, ChangeRules));
        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public void The_base_defaults_to_the_pull_requests_base_branch()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, Sentence, Reworded);
        repo.Commit("Reword");
        var result = CliRunner.Run(repo.Path, GitRepo.Environment(("GITHUB_BASE_REF", "main")),
            "validate", "--base", "--as-of", "2026-01-15");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("version-not-bumped", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_output_puts_the_error_on_the_resource_number_line()
    {
        using var repo = new GitRepo();
        repo.Edit(GitRepo.Sample, Sentence, Reworded);
        var result = CliRunner.Run(repo.Path, GitRepo.Environment(), "validate", "--base", "main",
            "--as-of", "2026-01-15", GitRepo.Sample);
        Assert.Contains($"{GitRepo.Sample}:3:18: error version-not-bumped: What a patient reads changed since main "
            + "(in \"Risks of cryotherapy\")", result.Out, StringComparison.Ordinal);
    }
}
