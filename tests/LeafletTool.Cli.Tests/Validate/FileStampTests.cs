using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>The corpus index sees whether a leaflet changed by its size and time from one status call; they must be
/// what <see cref="FileInfo"/> gives, or every index written before would look out of date.</summary>
public class FileStampTests
{
    [Fact]
    public void Size_and_time_are_the_ones_FileInfo_gives()
    {
        using var folder = new TempFolder();
        var plain = folder.Write("leaflets/a.yaml", "title: Wound care\n");
        var other = folder.Write("leaflets/b.yaml", new string('x', 70_000));
        File.SetLastWriteTimeUtc(plain, new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc).AddTicks(1_234_567));
        File.SetLastWriteTimeUtc(other, new DateTime(1999, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999));
        var paths = new List<string> { plain, other };
        if (!OperatingSystem.IsWindows())
        {
            var link = Path.Combine(folder.Path, "leaflets", "link.yaml");
            File.CreateSymbolicLink(link, plain);
            paths.Add(link);
        }

        foreach (var path in paths)
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : new FileInfo(plain);
            Assert.Equal((target.Length, target.LastWriteTimeUtc.Ticks), FileKind.SizeAndTime(path));
        }

        Assert.Null(FileKind.SizeAndTime(Path.Combine(folder.Path, "leaflets", "missing.yaml")));
    }
}
