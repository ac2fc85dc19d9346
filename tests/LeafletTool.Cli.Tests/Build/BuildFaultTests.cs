using System.Text;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>Faults during a build, in a process of its own: a file-size limit (a disk that fills), a folder the user
/// cannot write, SIGKILL at any moment, two builds at once. Never a half-written file, never a stack trace.</summary>
public class BuildFaultTests
{
    [Fact]
    public void A_write_past_a_file_size_limit_is_one_line_and_exit_3_and_leaves_every_file_whole()
    {
        if (OperatingSystem.IsWindows()) return; // no ulimit, no SIGXFSZ
        using var corpus = ParallelOutputTests.Corpus();
        var site = Path.Combine(corpus.Path, "site");
        Assert.Equal(1, ManifestTests.Build(corpus, site, cache: false).ExitCode);
        var before = ChildBuild.Snapshot(site);
        var leaflet = Path.Combine(corpus.Path, "leaflets", "leaflet-07.yaml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("Cryotherapy to treat chronic pain",
            "Cryotherapy for chronic pain, revised", StringComparison.Ordinal));
        // ulimit -f counts 512- or 1,024-byte blocks, by shell: either way under half the largest output.
        var blocks = Math.Max(1, before.Values.Max(b => b.Length) / 2 / 1024);

        var result = ChildBuild.Run(corpus.Path, $"ulimit -f {blocks}", [], ChildBuild.BuildArgs(site));

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("leaflet: cannot write '", result.Error, StringComparison.Ordinal);
        Assert.Contains("File too large", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        var fresh = Path.Combine(corpus.Path, "fresh");
        ManifestTests.Build(corpus, fresh, cache: false);
        var after = ChildBuild.Snapshot(fresh);
        foreach (var (name, bytes) in ChildBuild.Snapshot(site))
        {
            Assert.True(before.TryGetValue(name, out var old) && old.AsSpan().SequenceEqual(bytes)
                || after.TryGetValue(name, out var now) && now.AsSpan().SequenceEqual(bytes),
                $"{name} is neither the old file nor the new one");
        }

        Assert.Equal(1, ManifestTests.Build(corpus, site, cache: false).ExitCode);
        ManifestTests.AssertSameFolder(fresh, site);
    }

    [Fact]
    public void A_folder_the_user_cannot_write_is_one_line_and_exit_3()
    {
        if (OperatingSystem.IsWindows()) return; // no setpriv, no Unix modes
        using var corpus = ParallelOutputTests.Corpus();
        var site = Directory.CreateDirectory(Path.Combine(corpus.Path, "site")).FullName;
        File.SetUnixFileMode(site, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        // As root every folder is writable: run as nobody (setpriv is in util-linux, on every Linux).
        string[] asUser = Environment.UserName == "root"
            ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            : [];

        var result = ChildBuild.Run(corpus.Path, "true", asUser, ChildBuild.BuildArgs(site));

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith($"leaflet: cannot write '{site}/", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Empty(Directory.GetFileSystemEntries(site));
    }

    [Fact]
    public void Sigkill_at_random_moments_never_leaves_a_partial_file_and_the_next_build_completes_the_folder()
    {
        if (OperatingSystem.IsWindows()) return; // no SIGKILL
        using var corpus = Corpus(120);
        var site = Path.Combine(corpus.Path, "site");
        var normal = Path.Combine(corpus.Path, "normal");
        var large = Path.Combine(corpus.Path, "large");
        var built = ManifestTests.Build(corpus, normal, cache: false);
        Assert.True(built.ExitCode == 0, built.Out + built.Error);
        Assert.Equal(0, ManifestTests.Build(corpus, large, cache: false, "--large-print").ExitCode);
        var references = new[] { ChildBuild.Snapshot(normal), ChildBuild.Snapshot(large) };
        // A whole build in a process of its own, timed, so the kills land anywhere from checking to the last write.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(0, ChildBuild.Run(corpus.Path, "true", [], ChildBuild.BuildArgs(site, "--large-print")).ExitCode);
        var whole = (int)clock.ElapsedMilliseconds;
        var random = new Random(2026);
        var killed = 0;

        // A build that finds its files already written is quicker than the timed one (the native program's by more
        // than half), and a loaded machine varies: kills land in the first half of the timed build, and rounds go on
        // (up to 20) until 6 have killed one.
        var rounds = 0;
        for (var round = 0; round < 20 && killed < 6; round++, rounds++)
        {
            var delay = random.Next(whole / 20, whole / 2);
            string[] extra = round % 2 == 0 ? [] : ["--large-print"];
            using (var process = ChildBuild.Start(corpus.Path, "true", [], ChildBuild.BuildArgs(site, extra)))
            {
                if (!process.WaitForExit(delay))
                {
                    process.Kill();
                    killed++;
                }

                process.WaitForExit();
            }

            foreach (var file in Directory.GetFiles(site).Where(f => !Path.GetFileName(f).StartsWith('.')))
            {
                var bytes = File.ReadAllBytes(file);
                var name = Path.GetFileName(file);
                Assert.True(
                    references.Any(r => r.TryGetValue(name, out var whole) && whole.AsSpan().SequenceEqual(bytes)),
                    $"round {round}, killed after {delay} ms: {name} is partial");
            }
        }

        Assert.True(killed >= 3, $"only {killed} of {rounds} builds were killed before they ended");
        Assert.Equal(0, ManifestTests.Build(corpus, site, cache: false).ExitCode);
        ManifestTests.AssertSameFolder(normal, site);
    }

    [Fact]
    public async Task Two_builds_into_one_folder_at_once_leave_exactly_what_one_of_them_makes()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var all = Path.Combine(corpus.Path, "all");
        var text = Path.Combine(corpus.Path, "text");
        ManifestTests.Build(corpus, all, cache: false);
        ManifestTests.Build(corpus, text, cache: false, "--formats", "text");
        var site = Path.Combine(corpus.Path, "site");

        for (var round = 0; round < 3; round++)
        {
            var first = Task.Run(() => ManifestTests.Build(corpus, site, cache: false));
            var second = Task.Run(() => ManifestTests.Build(corpus, site, cache: false, "--formats", "text"));
            var results = await Task.WhenAll(first, second);

            Assert.All(results, r => Assert.Equal(1, r.ExitCode));
            Assert.All(results, r => Assert.DoesNotContain("leaflet: ", r.Out, StringComparison.Ordinal));
            var expected = SiteBuild.Outputs(site).Length == SiteBuild.Outputs(all).Length ? all : text;
            ManifestTests.AssertSameFolder(expected, site);
        }
    }

    [Fact]
    public async Task A_build_waits_while_another_holds_the_folder_and_says_so()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var site = Directory.CreateDirectory(Path.Combine(corpus.Path, "site")).FullName;
        Task<CliResult> waiting;
        using (OutputLock.Take(site, TextWriter.Null))
        {
            waiting = Task.Run(() => ManifestTests.Build(corpus, site, cache: false));
            await Task.Delay(1500);
            Assert.False(waiting.IsCompleted, "the build went ahead while another held the folder");
            Assert.DoesNotContain(Directory.GetFileSystemEntries(site),
                f => !f.EndsWith(OutputLock.WindowsFileName, StringComparison.Ordinal));
        }

        var result = await waiting;

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"leaflet: waiting for another build into '{site}' to finish\n", result.Error);
        Assert.Contains("index.html", SiteBuild.Outputs(site));
    }

    /// <summary>Many leaflets without errors: the sample leaflet under other names and resource numbers.</summary>
    private static TempFolder Corpus(int count)
    {
        var folder = new TempFolder();
        foreach (var shared in new[] { "leaflettool.yaml", "dictionary.txt" })
        {
            folder.Write($"leaflets/{shared}",
                File.ReadAllText(Path.Combine(Repository.SeedRoot(), "leaflets", shared)));
        }

        var source = File.ReadAllText(
            Path.Combine(Repository.SeedRoot(), "leaflets", "cryotherapy-chronic-pain.yaml"));
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder(source)
                .Replace("resource_number: 5373/VER1", $"resource_number: {1000 + i}/VER1")
                .Replace("Cryotherapy to treat chronic pain", $"Cryotherapy to treat chronic pain ({i})").ToString();
            folder.Write($"leaflets/leaflet-{i:D3}.yaml", text);
        }

        return folder;
    }
}
