using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace LeafletTool.Cli.Tests.ChangeControl;

/// <summary>
/// A dry run of <c>.github/workflows/validate-leaflets.yml</c> on a pull request: its change-control steps, read
/// from the workflow itself, run with bash in a real git repository, with this build's program as
/// <c>$LEAFLET</c> and a fake <c>gh</c> on the PATH that records what would be posted.
/// </summary>
public class WorkflowDryRunTests
{
    private const string Marker = "<!-- leaflettool-change-control -->";

    private static readonly string FakeGh = """
        #!/usr/bin/env bash
        echo "gh $*" >> "$FAKE_GH_STATE/log"
        body=""
        for argument in "$@"; do case "$argument" in body=@*) body="${argument#body=@}";; esac; done
        case "$*" in
          *--paginate*) [ -f "$FAKE_GH_STATE/id" ] && cat "$FAKE_GH_STATE/id"; exit 0;;
          *"--method POST"*) cp "$body" "$FAKE_GH_STATE/body"; echo 4242 > "$FAKE_GH_STATE/id";;
          *"--method PATCH"*) cp "$body" "$FAKE_GH_STATE/body";;
        esac
        echo '{}'
        """;

    [Fact]
    public async Task A_pull_request_without_a_bump_gets_one_comment_and_fails_then_the_bump_updates_it()
    {
        using var repo = new GitRepo();
        using var tools = new TempFolder();
        var state = Directory.CreateDirectory(Path.Combine(tools.Path, "state")).FullName;
        var gh = tools.Write("bin/gh", FakeGh.Replace("\r", "", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(gh, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var steps = Steps();
        var baseSha = repo.Git("rev-parse", "main").Trim();

        repo.Edit(GitRepo.Sample, "there is a risk of bleeding", "there is a small risk of bleeding");
        repo.Commit("Reword a risk");
        var output = await RunSteps(repo, steps, baseSha, tools.Path, state);
        Assert.Contains("bumped=false", output, StringComparison.Ordinal);
        var body = File.ReadAllText(Path.Combine(state, "body"));
        Assert.StartsWith(Marker, body, StringComparison.Ordinal);
        Assert.Contains("A leaflet changed without a new version", body, StringComparison.Ordinal);
        Assert.Contains("error version-not-bumped", body, StringComparison.Ordinal);
        Assert.Contains("there is a **small** risk of bleeding", body, StringComparison.Ordinal);
        var failed = await Run(repo, steps["Fail when a version was not bumped"], [], tools.Path, state);
        Assert.Equal(1, failed.ExitCode);

        repo.Edit(GitRepo.Sample, "5373/VER1", "5373/VER2");
        repo.Edit(GitRepo.Sample, "published: 2023-06", "published: 2026-11");
        repo.Commit("Version 2");
        output = await RunSteps(repo, steps, baseSha, tools.Path, state);
        Assert.DoesNotContain("bumped=false", output, StringComparison.Ordinal);
        body = File.ReadAllText(Path.Combine(state, "body"));
        Assert.DoesNotContain("A leaflet changed without a new version", body, StringComparison.Ordinal);
        Assert.Contains("| resource number | 5373/VER1 | 5373/VER2 |", body, StringComparison.Ordinal);
        var calls = File.ReadAllLines(Path.Combine(state, "log"));
        Assert.Single(calls, c => c.Contains("--method POST", StringComparison.Ordinal));
        Assert.Single(calls, c => c.Contains("--method PATCH repos/nhs-trust/leaflets/issues/comments/4242",
            StringComparison.Ordinal));
    }

    /// <summary>Runs the three steps a pull request runs before the last; returns what they wrote to
    /// GITHUB_OUTPUT.</summary>
    private static async Task<string> RunSteps(GitRepo repo, Dictionary<string, string> steps, string baseSha,
        string tools, string state)
    {
        var outputFile = Path.Combine(tools, "github-output");
        File.WriteAllText(outputFile, "");
        var env = new Dictionary<string, string>
        {
            ["EVENT_NAME"] = "pull_request",
            ["BASE_SHA"] = baseSha,
            ["GITHUB_OUTPUT"] = outputFile,
            ["GH_TOKEN"] = "not-a-token",
            ["REPO"] = "nhs-trust/leaflets",
            ["PR_NUMBER"] = "7",
        };
        foreach (var name in new[]
                 {
                     "Find the changed leaflets", "Change control (compare with the base branch)",
                     "Post or update the pull-request comment",
                 })
        {
            var result = await Run(repo, steps[name], env, tools, state);
            Assert.True(result.ExitCode == 0, $"{name}: {result.Out}{result.Error}");
        }

        return await File.ReadAllTextAsync(outputFile);
    }

    private static async Task<CliResult> Run(GitRepo repo, string script, Dictionary<string, string> env, string tools,
        string state)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repo.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "--noprofile", "--norc", "-eo", "pipefail", "-c", script })
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in env) start.Environment[name] = value;
        start.Environment["LEAFLET"] = PublishedProgram.Binary
            ?? $"dotnet {typeof(LeafletCli).Assembly.Location}";
        start.Environment["LEAFLET_AS_OF"] = "2026-11-23";
        start.Environment["FAKE_GH_STATE"] = state;
        start.Environment["PATH"] = Path.Combine(tools, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        foreach (var name in new[] { "GIT_DIR", "GIT_WORK_TREE" }) start.Environment.Remove(name);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, output, await error);
    }

    /// <summary>The run: scripts of the validate job's steps, by step name.</summary>
    private static Dictionary<string, string> Steps()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(
            Path.Combine(Repository.Root(), ".github", "workflows", "validate-leaflets.yml"))));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["validate"];
        var steps = new Dictionary<string, string>();
        foreach (var step in ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>())
        {
            if (!step.Children.TryGetValue("run", out var run) || !step.Children.TryGetValue("name", out var name))
                continue;
            var script = ((YamlScalarNode)run).Value!;
            Assert.DoesNotMatch(new Regex(@"\$\{\{"), script); // expressions reach scripts through env: only
            steps[((YamlScalarNode)name).Value!] = script;
        }

        return steps;
    }
}
