using System.Diagnostics;

namespace LeafletTool.Cli.Tests.ChangeControl;

/// <summary>
/// A real git repository in a scratch folder, with the sample leaflets committed on <c>main</c>, for the
/// change-control tests. Git runs with its own identity and settings (<c>-c</c>), so it works as root in a fresh
/// clone and on a machine with no git configuration.
/// </summary>
public sealed class GitRepo : IDisposable
{
    public const string Sample = "leaflets/cryotherapy-chronic-pain.yaml";

    private readonly TempFolder folder = new();

    public GitRepo()
    {
        Git("init", "--quiet", "--initial-branch=main");
        foreach (var file in new[] { "cryotherapy-chronic-pain.yaml", "leaflettool.yaml", "dictionary.txt" })
        {
            File.Copy(System.IO.Path.Combine(Repository.Root(), "leaflets", file),
                System.IO.Path.Combine(Directory.CreateDirectory(System.IO.Path.Combine(Path, "leaflets")).FullName,
                    file));
        }

        Commit("The sample leaflet");
        Git("checkout", "--quiet", "-b", "edit");
    }

    public string Path => folder.Path;

    /// <summary>The test process's PATH, which finds git (and nothing else of its environment).</summary>
    public static Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
        };
        foreach (var (name, value) in more) environment[name] = value;
        return environment;
    }

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public void Write(string relative, string text) => folder.Write(relative, text);

    /// <summary>Replaces the one occurrence of <paramref name="old"/> in a file.</summary>
    public void Edit(string relative, string old, string replacement)
    {
        var text = Read(relative);
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"'{old}' is not in {relative}");
        Write(relative, text.Replace(old, replacement, StringComparison.Ordinal));
    }

    public void Commit(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
    }

    public string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var setting in new[]
                 {
                     "user.name=Leaflet Tests", "user.email=tests@example.org", "safe.directory=*",
                     "commit.gpgsign=false", "core.autocrlf=false",
                 })
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(setting);
        }

        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error.Result}");
        return output;
    }

    public void Dispose() => folder.Dispose();
}
