using System.Text;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Tests.Validate;

/// <summary>
/// A source read into a buffer lent by the caller (each read of a large check, once a pass) gives the bytes and the
/// problems a source read into its own array gives, and the buffer is reused while it is large enough.
/// </summary>
public class SourceReaderTests
{
    [Fact]
    public void Reading_into_a_lent_buffer_gives_the_same_bytes_and_reuses_it()
    {
        using var folder = new TempFolder();
        var long1 = folder.Write("long.yaml", "title: " + new string('a', 5000) + "\n");
        var short1 = folder.Write("short.yaml", "title: Wound care\n");
        var accented = folder.Write("accented.yaml", "title: Caf\u00e9 \u2019s \u00e6 \u2013 \ud83d\ude00\n");

        byte[]? buffer = null;
        var (length, problem) = SourceReader.ReadInto(short1, folder.Path, ref buffer);
        Assert.Null(problem);
        Assert.Equal(File.ReadAllBytes(short1), buffer![..length]);

        // Too small: replaced by a larger one.
        var (longLength, _) = SourceReader.ReadInto(long1, folder.Path, ref buffer);
        Assert.Equal(File.ReadAllBytes(long1), buffer![..longLength]);
        var lent = buffer;

        // Large enough: the same buffer, only its first bytes are the file's.
        foreach (var path in new[] { short1, accented, long1 })
        {
            (length, problem) = SourceReader.ReadInto(path, folder.Path, ref buffer);
            Assert.Null(problem);
            Assert.Same(lent, buffer);
            Assert.Equal(SourceReader.ReadUtf8(path, folder.Path).Utf8, buffer![..length]);
        }

        // Its own array is of the file's size exactly.
        Assert.Equal(File.ReadAllBytes(accented).Length, SourceReader.ReadUtf8(accented, folder.Path).Utf8!.Length);
    }

    [Fact]
    public void A_lent_buffer_gives_the_same_problems_and_a_length_of_minus_one()
    {
        using var folder = new TempFolder();
        var files = new Dictionary<string, byte[]>
        {
            ["utf16.yaml"] = [0xFF, 0xFE, (byte)'t', 0],
            ["binary.yaml"] = [(byte)'t', 0, (byte)'x'],
            ["latin1.yaml"] = Encoding.Latin1.GetBytes("title: Caf\u00e9\n"),
            ["large.yaml"] = new byte[SourceReader.MaxBytes + 1],
        };
        foreach (var (name, bytes) in files) File.WriteAllBytes(Path.Combine(folder.Path, name), bytes);

        foreach (var name in files.Keys.Append("missing.yaml"))
        {
            var path = Path.Combine(folder.Path, name);
            byte[]? buffer = new byte[16];
            var (length, problem) = SourceReader.ReadInto(path, folder.Path, ref buffer);
            var (own, ownProblem) = SourceReader.ReadUtf8(path, folder.Path);

            Assert.Equal(-1, length);
            Assert.Null(own);
            Assert.NotNull(problem);
            Assert.Equal(ownProblem, problem);
        }
    }
}
