using LeafletTool.Cli.Serve;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Tests.Serve;

/// <summary>
/// Issue 17: saving one leaflet can change another's findings (rules that look across leaflets, such as a resource
/// number used twice) and so whether the other is built. The preview's follow-up build after a save must leave
/// every leaflet's findings, every page and the index exactly as a build of the whole folder from nothing would.
/// </summary>
public sealed class CrossLeafletTests : IDisposable
{
    private const string Duplicate = "resource-number-duplicate";
    private readonly TempFolder folder = new();

    public CrossLeafletTests()
    {
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        folder.Write("leaflets/dressing.yaml", Dressing);
    }

    private static string Dressing => ValidLeaflet.Yaml
        .Replace("Caring for your wound", "Changing your dressing", StringComparison.Ordinal)
        .Replace("1001/VER1", "1002/VER1", StringComparison.Ordinal);

    public void Dispose() => folder.Dispose();

    private PreviewBuilder Builder() =>
        new(Path.Combine(folder.Path, "leaflets"), Path.Combine(Repository.Root(), "templates"), folder.Path,
            _ => null, () => new DateOnly(2026, 11, 23));

    private static HashSet<string> Saved(string name) => new(StringComparer.Ordinal) { name };

    [Fact]
    public void The_build_after_a_save_gives_another_leaflet_the_finding_it_now_has_and_takes_it_away_again()
    {
        var builder = Builder();
        var first = builder.Full();
        Assert.True(first.IsBuilt("dressing"));

        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("1001/VER1", "1002/VER1",
            StringComparison.Ordinal));
        var taken = builder.Full(builder.Quick(first, Saved("wound-care.yaml")));
        Assert.Contains(taken.FindingsOf("dressing"), d => d.Rule == Duplicate);
        Assert.False(taken.IsBuilt("dressing"));
        AssertSameAsBuildFromNothing(taken);

        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var given = builder.Full(builder.Quick(taken, Saved("wound-care.yaml")));
        Assert.DoesNotContain(given.FindingsOf("dressing"), d => d.Rule == Duplicate);
        Assert.True(given.IsBuilt("dressing"));
        AssertSameAsBuildFromNothing(given);
    }

    [Fact]
    public void A_leaflet_saved_with_another_leaflets_number_shows_on_the_other_leaflets_page_without_a_save_of_it()
    {
        using var host = new PreviewHost(folder);
        Assert.DoesNotContain(Duplicate, host.Get("dressing.html"), StringComparison.Ordinal);

        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml.Replace("1001/VER1", "1002/VER1",
            StringComparison.Ordinal));

        host.WaitFor("dressing.html", p => p.Contains(Duplicate, StringComparison.Ordinal));
        host.WaitFor("/", p => p.Contains("dressing</a>: not built", StringComparison.Ordinal));
    }

    [Fact]
    public void The_first_build_says_what_it_built_as_later_builds_do()
    {
        using var host = new PreviewHost(folder);

        Assert.Equal(["Built 2 leaflets: 0 problems."], host.Log);
    }

    private void AssertSameAsBuildFromNothing(PreviewSnapshot snapshot)
    {
        var fresh = Builder().Full();
        Assert.Equal(fresh.Slugs, snapshot.Slugs);
        foreach (var slug in fresh.Slugs) Assert.Equal(fresh.FindingsOf(slug), snapshot.FindingsOf(slug));
        Assert.Equal(fresh.Pages.Keys.Order(StringComparer.Ordinal), snapshot.Pages.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, page) in fresh.Pages) Assert.Equal(page.Bytes, snapshot.Pages[name].Bytes);
        Assert.Contains(PageFormats.IndexFile, fresh.Pages.Keys);
    }
}
