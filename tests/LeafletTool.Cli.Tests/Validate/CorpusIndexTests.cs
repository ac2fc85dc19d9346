using System.Text.RegularExpressions;
using LeafletTool.Bench;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>
/// Checking one leaflet of a generated library with the corpus index (<c>LEAFLET_CACHE_DIR</c>) finds exactly what it
/// finds without it (<c>LEAFLET_CACHE_DIR=off</c>): with no index yet, with the index, and after another leaflet was
/// edited to take the checked leaflet's resource number.
/// </summary>
public sealed partial class CorpusIndexTests : IDisposable
{
    private const int Leaflets = 300;
    private readonly TempFolder folder = new();
    private readonly string cache;

    public CorpusIndexTests()
    {
        var writer = new CorpusWriter(folder.Path);
        writer.WriteShared();
        var generator = new LeafletGenerator(20261124);
        for (var i = 0; i < Leaflets; i++) writer.Write(generator.Next(i));
        cache = Path.Combine(folder.Path, "cache");
    }

    public void Dispose() => folder.Dispose();

    private string Validate(string file, string cacheDir)
    {
        var result = CliRunner.Run(folder.Path, new Dictionary<string, string> { ["LEAFLET_CACHE_DIR"] = cacheDir },
            "validate", "leaflets/" + file, "--format", "json", "--as-of", "2026-11-23");
        Assert.Equal("", result.Error);
        return result.Out;
    }

    private string FileNumber(int index) =>
        Directory.GetFiles(Path.Combine(folder.Path, "leaflets"), $"*-{index:D6}.yaml").Single();

    [Fact]
    public void Findings_are_the_same_without_the_index_with_a_new_one_and_with_one_kept()
    {
        var target = Path.GetFileName(FileNumber(7));
        var without = Validate(target, "off");
        Assert.Contains("spelling-inconsistent", without);

        Assert.Equal(without, Validate(target, cache));
        Assert.Single(Directory.GetFiles(cache, "corpus-*"));
        Assert.Equal(without, Validate(target, cache));
        // Another leaflet checked with the same index: the first one's facts now come from the index too.
        var other = Path.GetFileName(FileNumber(8));
        Assert.Equal(Validate(other, "off"), Validate(other, cache));
    }

    [Fact]
    public void A_leaflet_edited_to_clash_is_seen_through_the_index()
    {
        var targetPath = FileNumber(7);
        var target = Path.GetFileName(targetPath);
        Validate(target, cache);
        var number = ResourceNumber().Match(File.ReadAllText(targetPath)).Groups[1].Value;

        var clashing = FileNumber(123);
        var text = File.ReadAllText(clashing);
        File.WriteAllText(clashing, ResourceNumber().Replace(text, $"resource_number: {number}\n", 1));
        File.SetLastWriteTimeUtc(clashing, DateTime.UtcNow.AddMinutes(1));

        var without = Validate(target, "off");
        Assert.Contains("resource-number-duplicate", without);
        Assert.Contains(Path.GetFileName(clashing), without);
        Assert.Equal(without, Validate(target, cache));

        // And the leaflet removed again: the clash goes, with and without the index.
        File.Delete(clashing);
        var after = Validate(target, "off");
        Assert.DoesNotContain("resource-number-duplicate", after);
        Assert.Equal(after, Validate(target, cache));
    }

    [GeneratedRegex(@"resource_number: ([^\n]+)\n")]
    private static partial Regex ResourceNumber();
}
