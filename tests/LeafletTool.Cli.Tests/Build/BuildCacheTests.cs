using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>A second build with nothing changed answers from the cache; any change to a source, an output or an option
/// builds again.</summary>
public class BuildCacheTests
{
    [Fact]
    public void A_second_build_with_nothing_changed_prints_the_same_findings_and_touches_no_file()
    {
        using var site = new CachedSite();
        var first = site.Build();
        var times = site.Times();
        var second = site.Build();

        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Contains(": 43 files written, 0 unchanged.", first.Out, StringComparison.Ordinal);
        Assert.Equal(
            first.Out.Replace(": 43 files written, 0 unchanged.", ": 0 files written, 43 unchanged.",
            StringComparison.Ordinal), second.Out);
        Assert.Equal(times, site.Times());
        Assert.Single(Directory.GetFiles(site.CacheFolder));
        Assert.Equal([BuildManifest.FileName],
            Directory.GetFiles(site.Out).Select(f => Path.GetFileName(f)).Where(f => f.StartsWith('.')));
    }

    [Fact]
    public void A_changed_source_builds_again()
    {
        using var site = new CachedSite();
        site.Build();
        var path = Path.Combine(site.Corpus.Path, "leaflets", "leaflet-03.yaml");
        File.WriteAllText(path,
            File.ReadAllText(path)
            .Replace("Cryotherapy to treat chronic pain", "Cryotherapy for chronic pain", StringComparison.Ordinal));

        var again = site.Build();

        // The leaflet's three pages and the index, which lists its title.
        Assert.Contains(": 4 files written, 39 unchanged.", again.Out, StringComparison.Ordinal);
        Assert.Contains("Cryotherapy for chronic pain", site.Read("leaflet-03.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_changed_or_removed_by_hand_is_written_again()
    {
        using var site = new CachedSite();
        site.Build();
        File.WriteAllText(Path.Combine(site.Out, "leaflet-05.txt"), "edited");
        File.Delete(Path.Combine(site.Out, "leaflet-06.html"));

        var again = site.Build();

        Assert.Contains(": 2 files written, 41 unchanged.", again.Out, StringComparison.Ordinal);
        Assert.StartsWith("Cryotherapy", site.Read("leaflet-05.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_replaced_by_a_fifo_is_written_again_without_waiting_on_it()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs in a Windows folder
        using var site = new CachedSite();
        site.Build();
        var page = Path.Combine(site.Out, "leaflet-05.txt");
        File.Delete(page);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", page)) mkfifo.WaitForExit();

        var again = Task.Run(() => site.Build());

        Assert.Same(again, await Task.WhenAny(again, Task.Delay(TimeSpan.FromSeconds(120))));
        Assert.Contains(": 1 files written, 42 unchanged.", (await again).Out, StringComparison.Ordinal);
        Assert.StartsWith("Cryotherapy", site.Read("leaflet-05.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Another_as_of_date_or_format_builds_again()
    {
        using var site = new CachedSite();
        site.Build();
        var remembered = site.CacheText();

        Assert.Contains(": 0 files written, 43 unchanged.", site.Build("--as-of", SiteBuild.AsOf).Out,
            StringComparison.Ordinal);
        Assert.Equal(remembered, site.CacheText());
        site.Build("--as-of", "2026-11-24");
        Assert.NotEqual(remembered, site.CacheText());

        // Text only: the index now links to the text files alone, so it is written again; the web and clear-print
        // pages, no longer asked for, are removed.
        Assert.Contains(": 1 files written, 14 unchanged, 28 removed.",
            site.Build("--as-of", "2026-11-24", "--formats", "text").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void No_cache_without_a_cache_folder_when_turned_off_or_in_colour()
    {
        var none = BuildCache.PathFor("/site", _ => null);
        var off = BuildCache.PathFor("/site", n => n == BuildCache.EnvironmentVariable ? "off" : "/home/x");
        var xdg = BuildCache.PathFor("/site", n => n == "XDG_CACHE_HOME" ? "/cache" : null);
        var home = BuildCache.PathFor("/site", n => n == "HOME" ? "/home/x" : null);

        Assert.Null(none);
        Assert.Null(off);
        Assert.StartsWith(Path.Combine("/cache", "leaflettool", "build-"), xdg, StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine("/home/x", ".cache", "leaflettool", "build-"), home, StringComparison.Ordinal);
        Assert.NotEqual(home, BuildCache.PathFor("/other-site", n => n == "HOME" ? "/home/x" : null));

        using var site = new CachedSite();
        site.Build(terminal: true);
        Assert.False(Directory.Exists(site.CacheFolder) && Directory.GetFiles(site.CacheFolder).Length > 0);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(1024)]
    public void The_check_of_the_folder_a_batch_at_a_time_finds_a_change_in_any_batch(int batch)
    {
        using var site = new CachedSite();
        site.Build();
        var cacheFile = Assert.Single(Directory.GetFiles(site.CacheFolder));
        var key = File.ReadAllLines(cacheFile)[1];
        var listed = new List<string>();
        BuildManifest.Visit(site.Out, (name, _) => listed.Add(name.ToString()));

        Assert.Equal(43, BuildCache.Find(cacheFile, site.Out, key, batch)?.FileCount);
        Assert.Null(BuildCache.Find(cacheFile, site.Out, key[..^1] + "x", batch));
        // The last file listed is in the last, part-filled batch of 4 (43 = 10 x 4 + 3); the sixth, in the second.
        foreach (var name in new[] { listed[^1], listed[5] })
        {
            var path = Path.Combine(site.Out, name);
            var before = File.ReadAllBytes(path);
            File.WriteAllBytes(path, [.. before[..^1], (byte)(before[^1] ^ 1)]);
            Assert.Null(BuildCache.Find(cacheFile, site.Out, key, batch));
            File.WriteAllBytes(path, before);
            Assert.NotNull(BuildCache.Find(cacheFile, site.Out, key, batch));
        }
    }

    [Fact]
    public async Task An_output_is_unchanged_only_when_every_byte_has_the_recorded_hash_and_it_is_no_link()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "page.html");
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        var hash = FileHash.Of(bytes);
        var buffer = new byte[64 * 1024];

        Assert.True(BuildCache.Unchanged(path, hash, buffer));
        Assert.False(BuildCache.Unchanged(path, FileHash.AsWritten(hash.ToString().ToUpperInvariant()), buffer));
        Assert.False(BuildCache.Unchanged(Path.Combine(temp.Path, "gone.html"), hash, buffer));
        var link = Path.Combine(temp.Path, "link.html");
        File.CreateSymbolicLink(link, path);
        Assert.False(BuildCache.Unchanged(link, hash, buffer));
        // Neither a FIFO nor a device is opened (opening a FIFO waits for a writer for ever).
        if (!OperatingSystem.IsWindows())
        {
            var fifo = Path.Combine(temp.Path, "fifo.html");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();
            var check = Task.Run(() => BuildCache.Unchanged(fifo, hash, buffer) || BuildCache.Unchanged("/dev/zero",
                hash, new byte[64 * 1024]));
            Assert.Same(check, await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(60))));
            Assert.False(await check);
        }

        // A change after the first 64 KB, and bytes added at the end.
        bytes[150_000] ^= 1;
        File.WriteAllBytes(path, bytes);
        Assert.False(BuildCache.Unchanged(path, hash, buffer));
        bytes[150_000] ^= 1;
        File.WriteAllBytes(path, [.. bytes, 0]);
        Assert.False(BuildCache.Unchanged(path, hash, buffer));
    }

    /// <summary>The sixteen-leaflet corpus, built with a cache folder of its own.</summary>
    private sealed class CachedSite : IDisposable
    {
        public TempFolder Corpus { get; } = ParallelOutputTests.Corpus();

        public string Out => Path.Combine(Corpus.Path, "site");

        public string CacheFolder => Path.Combine(Corpus.Path, "cache");

        public CliResult Build(params string[] extra) => Build(false, extra);

        public CliResult Build(bool terminal, params string[] extra)
        {
            var environment = new Dictionary<string, string> { [BuildCache.EnvironmentVariable] = CacheFolder };
            string[] args = ["build", "leaflets", "--out", Out, "--templates",
                Path.Combine(Repository.Root(), "templates"), .. extra];
            if (!extra.Contains("--as-of")) args = [.. args, "--as-of", SiteBuild.AsOf];
            return CliRunner.Run(Corpus.Path, environment, terminal, args);
        }

        public string CacheText() => File.ReadAllText(Assert.Single(Directory.GetFiles(CacheFolder)));

        public string Read(string name) => File.ReadAllText(Path.Combine(Out, name));

        public Dictionary<string, DateTime> Times() =>
            Directory.GetFiles(Out).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        public void Dispose() => Corpus.Dispose();
    }
}
