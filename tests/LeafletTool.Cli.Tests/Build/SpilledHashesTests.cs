using System.Security.Cryptography;
using System.Text;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// The build's record keeps most of its files' hashes in a temporary file (<see cref="FileHashes.Spilled"/>): made
/// only once a page of them is full, gone when the build ends, and the folder's record written from it is the same.
/// </summary>
public class SpilledHashesTests
{
    private static FileHash HashOf(int i) => FileHash.Of(Encoding.UTF8.GetBytes($"page {i}"));

    [Fact]
    public void The_file_is_made_when_the_first_page_fills_and_removed_when_let_go()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "hashes");
        var hashes = new FileHashes.Spilled(() => path, e => e);
        for (var i = 0; i < 1024; i++) hashes.Set(i, HashOf(i));
        Assert.False(File.Exists(path));

        hashes.Set(1024, HashOf(1024));
        Assert.True(File.Exists(path));
        Assert.Equal(1024 * 32, new FileInfo(path).Length);
        Assert.Equal(HashOf(3).ToString(), hashes.Get(3).ToString());
        Assert.Equal(HashOf(1000).ToString(), hashes.Get(1000).ToString());
        Assert.Equal(HashOf(1024).ToString(), hashes.Get(1024).ToString());

        hashes.Dispose();
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Hashes_read_back_in_any_order_are_those_set_last()
    {
        using var temp = new TempFolder();
        using var hashes = new FileHashes.Spilled(() => Path.Combine(temp.Path, "hashes"), e => e);
        const int count = 20_000;
        for (var i = 0; i < count; i++) hashes.Set(i, HashOf(i));
        var order = Enumerable.Range(0, count).ToArray();
        new Random(7).Shuffle(order);

        foreach (var i in order) Assert.Equal(HashOf(i).ToString(), hashes.Get(i).ToString());
        Assert.Equal(HashOf(4).ToString(), hashes.Get(4).ToString());
        hashes.Set(5, HashOf(-5)); // in the block just read
        hashes.Set(count - 1, HashOf(-1));

        Assert.Equal(HashOf(-5).ToString(), hashes.Get(5).ToString());
        Assert.Equal(HashOf(6).ToString(), hashes.Get(6).ToString());
        Assert.Equal(HashOf(-1).ToString(), hashes.Get(count - 1).ToString());
        for (var i = 0; i < count; i += 997) Assert.Equal(HashOf(i == 5 ? -5 : i).ToString(), hashes.Get(i).ToString());
    }

    [Fact]
    public void A_failure_to_keep_them_is_the_one_the_caller_names()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "no such folder", "hashes");
        using var hashes = new FileHashes.Spilled(() => path, e => new InvalidDataException("kept: " + e.Message));
        for (var i = 0; i < 1024; i++) hashes.Set(i, HashOf(i));

        var failure = Assert.Throws<InvalidDataException>(() => hashes.Set(1024, HashOf(1024)));
        Assert.StartsWith("kept: ", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_of_thousands_of_files_records_each_hash_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var folder = new OutputFolder(site);
        var pages = Enumerable.Range(0, 2_500).Select(i => ($"leaflet-{i:D4}.html", $"<p>{i}</p>")).ToList();
        foreach (var (name, text) in pages) folder.Write(name, Encoding.UTF8.GetBytes(text));
        Assert.Single(Directory.GetFiles(site, ".hashes.*.leaflet-tmp")); // kept while the build runs

        folder.Finish();
        folder.Close();

        var record = BuildManifest.Parse(File.ReadAllBytes(Path.Combine(site, BuildManifest.FileName)));
        Assert.NotNull(record);
        Assert.Equal(pages.ToDictionary(p => p.Item1,
            p => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(p.Item2)))), record);
        Assert.Equal(2_501, Directory.GetFiles(site).Length);
        Assert.Empty(Directory.GetFiles(site, "*.leaflet-tmp"));
    }
}
