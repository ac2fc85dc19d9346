using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>The output folder mirrors the sources: the record of the files a build wrote (<see cref="BuildManifest"/>)
/// lets the next build remove the outputs no longer built, and only those.</summary>
public class ManifestTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void After_deleting_renaming_and_breaking_leaflets_the_folder_is_byte_for_byte_a_fresh_build(bool cache)
    {
        using var corpus = ParallelOutputTests.Corpus();
        var site = Path.Combine(corpus.Path, "site");
        Assert.Equal(1, Build(corpus, site, cache).ExitCode);
        File.WriteAllText(Path.Combine(site, "notes.md"), "the editor's own file");
        Directory.CreateDirectory(Path.Combine(site, "images"));
        File.WriteAllText(Path.Combine(site, "images", "logo.svg"), "<svg/>");
        var leaflets = Path.Combine(corpus.Path, "leaflets");
        File.Delete(Path.Combine(leaflets, "leaflet-03.yaml"));
        File.Move(Path.Combine(leaflets, "leaflet-04.yaml"), Path.Combine(leaflets, "renamed.yaml"));
        var broken = Path.Combine(leaflets, "leaflet-05.yaml");
        File.WriteAllText(broken, File.ReadAllText(broken).Replace("title: ", "tittle: ", StringComparison.Ordinal));

        var again = Build(corpus, site, cache);
        var fresh = Path.Combine(corpus.Path, "fresh");
        var clean = Build(corpus, fresh, cache);

        // Three leaflets' outputs gone: deleted, renamed (its new name written), now with errors.
        Assert.Contains("9 removed.", again.Out, StringComparison.Ordinal);
        Assert.Equal(again.ExitCode, clean.ExitCode);
        foreach (var gone in new[] { "leaflet-03", "leaflet-04", "leaflet-05" })
            Assert.DoesNotContain(SiteBuild.Outputs(site), f => f.StartsWith(gone + ".", StringComparison.Ordinal));
        Assert.Contains("renamed.html", SiteBuild.Outputs(site));
        Assert.Equal("the editor's own file", File.ReadAllText(Path.Combine(site, "notes.md")));
        Assert.Equal("<svg/>", File.ReadAllText(Path.Combine(site, "images", "logo.svg")));
        File.Delete(Path.Combine(site, "notes.md"));
        Directory.Delete(Path.Combine(site, "images"), recursive: true);
        AssertSameFolder(fresh, site);
    }

    [Fact]
    public void A_hand_edit_of_the_same_size_and_time_is_caught_by_the_hash_and_written_again()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var site = Path.Combine(corpus.Path, "site");
        Build(corpus, site, cache: true);
        var path = Path.Combine(site, "leaflet-07.txt");
        var original = File.ReadAllBytes(path);
        var time = File.GetLastWriteTimeUtc(path);
        var edited = (byte[])original.Clone();
        edited[0] = (byte)(edited[0] == (byte)'X' ? 'Y' : 'X');
        File.WriteAllBytes(path, edited);
        File.SetLastWriteTimeUtc(path, time);

        var again = Build(corpus, site, cache: true);

        Assert.Contains(": 1 files written, 42 unchanged.", again.Out, StringComparison.Ordinal);
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Contains(": 0 files written, 43 unchanged.", Build(corpus, site, cache: true).Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Only_plain_names_in_the_folder_that_the_record_lists_are_ever_removed()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var site = Path.Combine(corpus.Path, "site");
        Build(corpus, site, cache: false);
        File.WriteAllText(Path.Combine(corpus.Path, "outside.txt"), "keep");
        var absolute = Path.Combine(corpus.Path, "absolute.txt");
        File.WriteAllText(absolute, "keep");
        File.WriteAllText(Path.Combine(site, ".hidden"), "keep");
        Directory.CreateDirectory(Path.Combine(site, "folder"));
        File.WriteAllText(Path.Combine(site, "folder", "inner.html"), "keep");
        File.WriteAllText(Path.Combine(site, "old-leaflet.html"), "was ours");
        var record = new Dictionary<string, string>
        {
            ["../outside.txt"] = "0",
            [".hidden"] = "0",
            ["folder"] = "0",
            ["folder/inner.html"] = "0",
            ["old-leaflet.html"] = "0",
            [absolute] = "0",
            ["index.html"] = "0",
        };
        File.WriteAllBytes(Path.Combine(site, BuildManifest.FileName), BuildManifest.Serialize(record));

        var again = Build(corpus, site, cache: false);

        Assert.Contains(", 1 removed.", again.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site, "old-leaflet.html")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(corpus.Path, "outside.txt")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(site, ".hidden")));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(site, "folder", "inner.html")));
        Assert.Equal("keep", File.ReadAllText(absolute));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_record_this_tool_did_not_write_removes_nothing_and_is_replaced()
    {
        using var corpus = ParallelOutputTests.Corpus();
        var site = Path.Combine(corpus.Path, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "page.html"), "mine");
        File.WriteAllText(Path.Combine(site, BuildManifest.FileName), "{\"files\": {\"page.html\": \"x\"}}");

        var result = Build(corpus, site, cache: false);

        Assert.DoesNotContain("removed", result.Out, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(site, "page.html")));
        var record = BuildManifest.Parse(File.ReadAllBytes(Path.Combine(site, BuildManifest.FileName)));
        Assert.NotNull(record);
        Assert.Equal(SiteBuild.Outputs(site).Where(f => f != "page.html"), record.Keys.Order(StringComparer.Ordinal));
        Assert.All(record, file => Assert.Equal(BuildManifest.Hash(File.ReadAllBytes(Path.Combine(site, file.Key))),
            file.Value));
    }

    /// <summary>The same names, hidden ones included, with the same bytes.</summary>
    internal static void AssertSameFolder(string expected, string actual)
    {
        static string[] All(string folder) =>
            Directory.GetFileSystemEntries(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)
                .ToArray();

        Assert.Equal(All(expected), All(actual));
        Assert.Contains(BuildManifest.FileName, All(actual));
        foreach (var name in All(expected))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, name)).AsSpan()
                .SequenceEqual(File.ReadAllBytes(Path.Combine(actual, name))), $"{name} differs");
        }
    }

    internal static CliResult Build(TempFolder corpus, string output, bool cache, params string[] extra)
    {
        var environment = new Dictionary<string, string>
        {
            [BuildCache.EnvironmentVariable] = cache ? Path.Combine(corpus.Path, "cache") : "off",
        };
        string[] args = ["build", "leaflets", .. extra, "--out", output, "--templates",
            Path.Combine(Repository.Root(), "templates"), "--as-of", SiteBuild.AsOf];
        return CliRunner.Run(corpus.Path, environment, args);
    }
}
