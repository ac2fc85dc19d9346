using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>PATH arguments become the files asked about, and the other leaflets of their folders.</summary>
public class PathResolverTests
{
    [Fact]
    public void A_folder_named_whole_and_a_file_in_it_give_each_file_once_and_only_a_named_files_folder_adds_others()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "a/one.yaml", "a/two.yaml", "b/three.yaml", "b/four.yaml", "a/notes.txt" })
        {
            temp.Write(name, "title: x\n");
        }

        var files = PathResolver.Resolve(["a", "b/three.yaml", "a/one.yaml"], temp.Path);

        Assert.Equal(
            [("a/one.yaml", true), ("a/two.yaml", true), ("b/four.yaml", false), ("b/three.yaml", true)],
            files.Select(f => (f.DisplayName, f.IsTarget)));
        Assert.Equal(Path.Combine(temp.Path, "b", "four.yaml"), files[2].FullPath);
    }

    [Fact]
    public void A_folder_named_whole_after_one_of_its_files_makes_every_file_in_it_a_target()
    {
        using var temp = new TempFolder();
        temp.Write("a/one.yaml", "title: x\n");
        temp.Write("a/two.yaml", "title: x\n");

        var files = PathResolver.Resolve(["a/two.yaml", "a"], temp.Path);

        Assert.Equal([("a/one.yaml", true), ("a/two.yaml", true)], files.Select(f => (f.DisplayName, f.IsTarget)));
    }

    [Fact]
    public void A_listing_keeps_leaflet_sources_only_with_their_lengths_and_orders_names_as_shown()
    {
        using var temp = new TempFolder();
        temp.Write("a/b.yaml", "title: b\n");
        temp.Write("a/a-z.yaml", "title: a-z, longer\n");
        temp.Write("a/leaflettool.yaml", "rules: {}\n");
        temp.Write("a/notes.yaml.txt", "x");
        Directory.CreateDirectory(Path.Combine(temp.Path, "a", "folder.yaml"));
        temp.Write("a-b/c.yaml", "title: c\n");
        temp.Write("ab.yaml", "title: ab\n");

        var files = PathResolver.Resolve(["a/", "./a-b/c.yaml", "ab.yaml"], temp.Path);

        // Ordinal order of the names as shown: "./" sorts before "a", "a-b/" would sort before "a/".
        Assert.Equal(["./a-b/c.yaml", "a/a-z.yaml", "a/b.yaml", "ab.yaml"], files.Select(f => f.DisplayName));
        Assert.Equal([true, true, true, true], files.Select(f => f.IsTarget));
        Assert.Equal(Path.Combine(temp.Path, "a", "a-z.yaml"), files[1].FullPath);
        Assert.Equal(Path.Combine(temp.Path, "a"), files[1].Directory);
        Assert.Equal(new FileInfo(files[1].FullPath).Length, files[1].Length);
        Assert.Equal(new FileInfo(files[2].FullPath).Length, files[2].Length);
    }

    [Fact]
    public void Display_names_order_ordinally_whether_typed_or_joined()
    {
        LeafletFile Listed(string folder, string name) => new("/x/" + folder, name, folder, false);
        LeafletFile Typed(string typed) => new("/x", typed[(typed.LastIndexOf('/') + 1)..], "", true) { Typed = typed };
        var files = new[]
        {
            Listed("a", "z.yaml"), Listed("a-b", "c.yaml"), Typed("a/y.yaml"), Listed("", "a.yaml"),
            Listed("a/", "x.yaml"), Typed("a-b/b.yaml"), Listed("a", new string('q', 300) + ".yaml"),
        };
        var expected = files.Select(f => f.DisplayName).Order(StringComparer.Ordinal).ToList();

        for (var seed = 0; seed < 20; seed++)
        {
            var shuffled = files.OrderBy(_ => Random.Shared.Next()).ToArray();
            Array.Sort(shuffled, LeafletFile.CompareDisplayNames);
            Assert.Equal(expected, shuffled.Select(f => f.DisplayName));
        }

        Assert.Equal("a/x.yaml", files[4].DisplayName);
        Assert.Equal("a.yaml", files[3].DisplayName);
    }

    [Fact]
    public void Leaflet_sources_are_listed_by_their_yaml_ending_in_the_platforms_case()
    {
        using var temp = new TempFolder();
        temp.Write("one.yaml", "title: x\n");
        temp.Write("two.YAML", "title: x\n");

        var names = PathResolver.Resolve(["."], temp.Path).Select(f => f.FileName);

        Assert.Equal(OperatingSystem.IsLinux() ? ["one.yaml"] : ["one.yaml", "two.YAML"], names);
    }
}
