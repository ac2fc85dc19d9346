using System.Diagnostics;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// The files the tool keeps or is pointed at besides leaflets (the output folder's record, the rebuild cache, the
/// corpus index, a baseline, a logo) are never opened when they are FIFOs: opening one waits for a writer for ever, and
/// each of these used to hang the command. A kept file that is a FIFO counts as none; one the user named is an error.
/// </summary>
public class StateFileFifoTests
{
    [Fact]
    public async Task A_fifo_as_the_folders_record_or_the_rebuild_cache_is_taken_as_none()
    {
        if (OperatingSystem.IsWindows()) return; // no FIFOs in a Windows folder
        using var folder = Library();
        var record = Path.Combine(folder.Path, "site", BuildManifest.FileName);
        string[] build = ["build", "leaflets", "--out", "site", "--as-of", "2026-01-15"];
        var first = await Within(folder, build);

        MakeFifo(record, replacing: true);
        var again = await Within(folder, build);
        var cacheFile = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "cache"), "build-*"));
        MakeFifo(cacheFile, replacing: true);
        var third = await Within(folder, build);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal((0, 0), (again.ExitCode, third.ExitCode));
        Assert.Contains("Built 2 leaflets", third.Out, StringComparison.Ordinal);
        Assert.StartsWith("{", File.ReadAllText(record), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fifo_as_the_corpus_index_is_taken_as_none_and_the_findings_are_the_same()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = Library();
        string[] validate = ["validate", "leaflets/a.yaml", "--as-of", "2026-01-15"];
        var first = await Within(folder, validate);
        var index = Assert.Single(Directory.GetFiles(Path.Combine(folder.Path, "cache"), "corpus-*"));

        MakeFifo(index, replacing: true);
        var again = await Within(folder, validate);

        Assert.Equal(first, again);
    }

    [Fact]
    public async Task A_baseline_or_a_logo_that_is_a_fifo_is_refused_in_one_line()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = Library();
        MakeFifo(Path.Combine(folder.Path, "baseline.json"), replacing: false);
        MakeFifo(Path.Combine(folder.Path, "logo.png"), replacing: false);

        var baseline = await Within(folder, "validate", "leaflets", "--baseline", "baseline.json");
        folder.Write("leaflettool.yaml", "logo: {file: logo.png, alt: Trust}\n");
        var logo = await Within(folder, "validate", "leaflets", "--as-of", "2026-01-15");

        Assert.Equal(2, baseline.ExitCode);
        Assert.Contains("the baseline 'baseline.json' is a named pipe (FIFO), not a file", baseline.Error,
            StringComparison.Ordinal);
        Assert.Equal(1, logo.ExitCode);
        Assert.Contains("is a named pipe (FIFO), not a file, so it was not opened", logo.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_baseline_of_a_folder_with_a_fifo_named_as_a_leaflet_is_written_and_read_without_opening_it()
    {
        if (OperatingSystem.IsWindows()) return;
        using var folder = Library();
        MakeFifo(Path.Combine(folder.Path, "leaflets", "pipe.yaml"), replacing: false);

        var update = await Within(folder, "validate", "leaflets", "--update-baseline", "--baseline", "b.json");
        var check = await Within(folder, "validate", "leaflets", "--baseline", "b.json");

        Assert.Equal((0, 0), (update.ExitCode, check.ExitCode));
        Assert.Contains("b.json: wrote ", update.Out, StringComparison.Ordinal);
        Assert.Contains("in the baseline not shown", check.Out, StringComparison.Ordinal);
    }

    /// <summary>Two leaflets and a cache folder of their own.</summary>
    private static TempFolder Library()
    {
        var folder = new TempFolder();
        folder.Write("leaflets/a.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflets/b.yaml", ValidLeaflet.Yaml.Replace("1001/VER1", "1002/VER1", StringComparison.Ordinal)
            .Replace("Caring for your wound", "Caring for your wound at home", StringComparison.Ordinal));
        return folder;
    }

    /// <summary>The command's result, failing the test (not hanging it) when the command waits on a FIFO.</summary>
    private static async Task<CliResult> Within(TempFolder folder, params string[] args)
    {
        var environment = new Dictionary<string, string>
        {
            [BuildCache.EnvironmentVariable] = Path.Combine(folder.Path, "cache"),
        };
        var run = Task.Run(() => CliRunner.Run(folder.Path, environment, args));
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120))));
        return await run;
    }

    private static void MakeFifo(string path, bool replacing)
    {
        if (replacing) File.Delete(path);
        using var mkfifo = Process.Start("mkfifo", path);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
