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
}
