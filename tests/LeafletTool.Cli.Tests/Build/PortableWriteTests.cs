using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// Tests that turn off <see cref="UnnamedFile.Enabled"/>, a switch for the whole process: every build the other
/// tests run in this process would write the portable way while it is off. Its collection runs alone, after the
/// parallel ones; the switch lives in src/LeafletTool.Cli/Output (to be passed to OutputFolder explicitly one day).
/// </summary>
[Collection(ProcessWideSwitches.Name)]
public class PortableWriteTests
{
    [Fact]
    public void Without_unnamed_files_the_output_folder_writes_through_a_temporary_name_and_leaves_none_behind()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        UnnamedFile.Enabled = false;
        try
        {
            Assert.Equal(WriteOutcome.Written, folder.Write("a.txt", [1, 2, 3]));
            Assert.Equal(WriteOutcome.Written, folder.Write("b.txt", [7]));
            Assert.Equal(WriteOutcome.Written, folder.Write("a.txt", [1, 2, 4]));
        }
        finally
        {
            UnnamedFile.Enabled = true;
        }

        Assert.Equal([1, 2, 4], File.ReadAllBytes(Path.Combine(folder.FullPath, "a.txt")));
        Assert.Equal(["a.txt", "b.txt"],
            Directory.GetFiles(folder.FullPath).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal));
    }
}

/// <summary>Tests that change state of the whole process (a static switch): run alone, never beside another
/// test.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideSwitches
{
    public const string Name = "process-wide switches";
}
