using LeafletTool.Cli.Output;
using LeafletTool.Core.Building;

namespace LeafletTool.Cli.Tests.Build;

public class OutputSafetyTests
{
    [Fact]
    public void Two_builds_of_the_same_sources_give_byte_identical_files_and_the_second_writes_nothing()
    {
        using var first = new SiteBuild();
        using var second = new SiteBuild();
        Assert.Equal(0, first.Run("leaflets", SiteBuild.Case("every-kind"), SiteBuild.Case("rtl")).ExitCode);
        Assert.Equal(0, second.Run("leaflets", SiteBuild.Case("every-kind"), SiteBuild.Case("rtl")).ExitCode);
        Assert.Equal(first.Files(), second.Files());
        foreach (var name in first.Files())
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Out, name)),
                File.ReadAllBytes(Path.Combine(second.Out, name)));
        }

        var times = first.Files().ToDictionary(n => n, n => File.GetLastWriteTimeUtc(Path.Combine(first.Out, n)));
        var again = first.Run("leaflets", SiteBuild.Case("every-kind"), SiteBuild.Case("rtl"));
        Assert.EndsWith(": 0 files written, 10 unchanged.\n", again.Out, StringComparison.Ordinal);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(Path.Combine(first.Out, t.Key))));
    }

    [Fact]
    public void A_changed_file_is_rewritten_and_temporary_files_of_an_interrupted_build_are_removed()
    {
        using var build = new SiteBuild();
        Directory.CreateDirectory(build.Out);
        File.WriteAllText(Path.Combine(build.Out, "cryotherapy-chronic-pain.txt"), "old text");
        File.WriteAllText(Path.Combine(build.Out, ".index.html.0123456789abcdef.leaflet-tmp"), "<html>half writ");
        File.WriteAllText(Path.Combine(build.Out, "notes.md"), "not ours");

        var result = build.Run("leaflets");

        Assert.EndsWith(": 4 files written, 0 unchanged.\n", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("Cryotherapy to treat chronic pain\n", build.Read("cryotherapy-chronic-pain.txt"),
            StringComparison.Ordinal);
        Assert.Equal(
            [
                "cryotherapy-chronic-pain.html", "cryotherapy-chronic-pain.print.html", "cryotherapy-chronic-pain.txt",
                "index.html", "notes.md",
            ],
            build.Files());
    }

    [Theory]
    [InlineData("../outside.html")]
    [InlineData("sub/inside.html")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void The_output_folder_refuses_names_that_are_not_plain_file_names(string name)
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        var error = Assert.Throws<ToolFailureException>(() => folder.Write(name, [1, 2, 3]));
        Assert.Contains("refusing to write", error.Message, StringComparison.Ordinal);
        Assert.Equal(["site"], Directory.GetFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)));
        Assert.Empty(Directory.GetFileSystemEntries(folder.FullPath));
    }

    [Fact]
    public void Writing_reports_written_then_unchanged_then_written_again_when_the_bytes_change()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        Assert.Equal(WriteOutcome.Written, folder.Write("a.txt", [1, 2, 3]));
        Assert.Equal(WriteOutcome.Unchanged, folder.Write("a.txt", [1, 2, 3]));
        Assert.Equal(WriteOutcome.Written, folder.Write("a.txt", [1, 2, 4]));
        Assert.Equal([1, 2, 4], File.ReadAllBytes(Path.Combine(folder.FullPath, "a.txt")));
        Assert.Equal(["a.txt"], Directory.GetFiles(folder.FullPath).Select(p => Path.GetFileName(p)));
    }

    [Fact]
    public void On_linux_a_new_file_is_written_unnamed_then_named_and_an_existing_name_is_never_replaced_that_way()
    {
        // The portable way is the only way elsewhere, tested by every other build test.
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "a.html");

        Assert.True(UnnamedFile.TryCreate(temp.Path, target, [1, 2, 3]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
        Assert.False(UnnamedFile.TryCreate(temp.Path, target, [4, 5]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(target));
        Assert.Equal(["a.html"], Directory.GetFileSystemEntries(temp.Path).Select(p => Path.GetFileName(p)));
    }

    [Fact]
    public void Many_new_files_are_made_in_hidden_folders_then_named_in_the_output_folder_which_keeps_only_them()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        var names = Enumerable.Range(0, 300).Select(i => $"leaflet-{i:D3}.html").ToList();

        foreach (var name in names)
        {
            Assert.Equal(WriteOutcome.Written, folder.Write(name, System.Text.Encoding.UTF8.GetBytes(name)));
        }

        if (OperatingSystem.IsLinux())
        {
            var hidden = Assert.Single(Directory.GetDirectories(folder.FullPath));
            Assert.StartsWith(InodeFolders.Prefix, Path.GetFileName(hidden), StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFiles(hidden, "*", SearchOption.AllDirectories));
        }

        folder.Close();

        var entries = Directory.GetFileSystemEntries(folder.FullPath).Select(p => Path.GetFileName(p));
        Assert.Equal(names, entries.Order(StringComparer.Ordinal));
        Assert.All(names, name => Assert.Equal(name, File.ReadAllText(Path.Combine(folder.FullPath, name))));
    }

    [Fact]
    public void Hidden_folders_left_by_a_killed_build_are_removed_by_the_next()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        Directory.CreateDirectory(Path.Combine(site, InodeFolders.Prefix + "0123456789ab", "00"));
        File.WriteAllText(Path.Combine(site, "keep.html"), "mine");

        var folder = new OutputFolder(site);

        Assert.Equal(["keep.html"], Directory.GetFileSystemEntries(folder.FullPath).Select(p => Path.GetFileName(p)));
    }

    [Fact]
    public void A_folder_with_that_name_that_holds_anything_is_left_alone()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var someone = Path.Combine(site, InodeFolders.Prefix + "notes", "00");
        Directory.CreateDirectory(someone);
        File.WriteAllText(Path.Combine(someone, "draft.txt"), "not ours to delete");

        var folder = new OutputFolder(site);
        folder.Close();

        Assert.Equal("not ours to delete", File.ReadAllText(Path.Combine(someone, "draft.txt")));
    }

    [Theory]
    [InlineData("cryotherapy-chronic-pain", null)]
    [InlineData("a1-b2", null)]
    [InlineData("Wound", "is not a valid slug")]
    [InlineData("wound--care", "is not a valid slug")]
    [InlineData("-wound", "is not a valid slug")]
    [InlineData("nul", "a device name on Windows")]
    [InlineData("con", "a device name on Windows")]
    [InlineData("LPT1", "is not a valid slug")]
    [InlineData("index", "overwrite the list of leaflets")]
    public void Slugs_safe_for_file_names(string slug, string? problem)
    {
        var found = OutputNames.Problem(slug);
        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found, StringComparison.Ordinal);
    }
}
