using System.Buffers;
using System.Security.Cryptography;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>
/// A page too large to hold whole (the index of a large library) is written to the output folder as it is rendered,
/// a megabyte at a time, through a temporary file: the same file, record and outcomes as a page written whole.
/// </summary>
public class LargeFileTests
{
    private static readonly byte[] Content = Enumerable.Range(0, 3_500_000).Select(i => (byte)(i * 7 % 251)).ToArray();

    /// <summary>Writes the bytes in uneven pieces, as an encoder does.</summary>
    private static Func<IBufferWriter<byte>, bool> InPieces(byte[] bytes, bool succeeds = true) => into =>
    {
        for (var at = 0; at < bytes.Length;)
        {
            var piece = Math.Min(bytes.Length - at, 1 + (at % 300_007));
            bytes.AsSpan(at, piece).CopyTo(into.GetSpan(piece));
            into.Advance(piece);
            at += piece;
        }

        return succeeds;
    };

    private static string[] Names(string folder) =>
        Directory.GetFiles(folder).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_large_page_is_written_whole_and_then_left_alone_while_unchanged()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var folder = new OutputFolder(site);
        Assert.Equal(WriteOutcome.Written, folder.WriteLarge("index.html", InPieces(Content)));
        folder.Finish();
        folder.Close();
        var written = File.GetLastWriteTimeUtc(Path.Combine(site, "index.html"));

        var again = new OutputFolder(site);
        Assert.Equal(WriteOutcome.Unchanged, again.WriteLarge("index.html", InPieces(Content)));
        var (_, manifestHash) = again.Finish();
        again.Close();
        var manifest = File.ReadAllBytes(Path.Combine(site, BuildManifest.FileName));

        Assert.Equal(Content, File.ReadAllBytes(Path.Combine(site, "index.html")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(site, "index.html")));
        Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(Content)),
            System.Text.Encoding.UTF8.GetString(manifest), StringComparison.Ordinal);
        Assert.Equal([".leaflet-build.json", "index.html"], Names(site));
        Assert.Equal(BuildManifest.Hash(manifest), manifestHash);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(200_000, false)]
    [InlineData(-1, false)]
    [InlineData(-1, true)]
    public void A_page_already_in_the_folder_is_left_alone_only_when_every_byte_is_the_same(int changedAt, bool grown)
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var page = Content[..300_000];
        var first = new OutputFolder(site);
        first.Write("page.html", page);
        first.Finish();
        first.Close();
        var onDisk = page.ToArray();
        if (changedAt >= 0) onDisk[changedAt] ^= 1;
        File.WriteAllBytes(Path.Combine(site, "page.html"), grown ? [.. onDisk, 1] : onDisk);

        var again = new OutputFolder(site);
        var outcome = again.Write("page.html", page);
        again.Finish();
        again.Close();

        var same = changedAt < 0 && !grown;
        Assert.Equal(same ? WriteOutcome.Unchanged : WriteOutcome.Written, outcome);
        Assert.Equal(page, File.ReadAllBytes(Path.Combine(site, "page.html")));
    }

    [Fact]
    public void Files_the_record_lists_and_files_found_in_the_folder_are_compared_and_a_removed_one_written_again()
    {
        using var temp = new TempFolder();
        var site = Path.Combine(temp.Path, "site");
        var first = new OutputFolder(site);
        first.Write("listed.html", [1, 2, 3]);
        first.Write("removed.html", [4, 5]);
        first.Finish();
        first.Close();
        File.Delete(Path.Combine(site, "removed.html"));
        File.WriteAllBytes(Path.Combine(site, "found.html"), [6]);
        var found = File.GetLastWriteTimeUtc(Path.Combine(site, "found.html"));

        var again = new OutputFolder(site);
        var outcomes = new[]
        {
            again.Write("listed.html", [1, 2, 3]), again.Write("removed.html", [4, 5]), again.Write("found.html", [6]),
            again.Write("new.html", [7]),
        };
        again.Finish();
        again.Close();

        Assert.Equal([WriteOutcome.Unchanged, WriteOutcome.Written, WriteOutcome.Unchanged, WriteOutcome.Written],
            outcomes);
        Assert.Equal([4, 5], File.ReadAllBytes(Path.Combine(site, "removed.html")));
        Assert.Equal(found, File.GetLastWriteTimeUtc(Path.Combine(site, "found.html")));
        Assert.Equal([".leaflet-build.json", "found.html", "listed.html", "new.html", "removed.html"], Names(site));
    }

    [Fact]
    public void Text_encoded_after_a_nearly_full_megabyte_is_written_whole()
    {
        // An encoder asks for room for more than a megabyte at once: the writer takes a larger buffer, and must hand
        // that one out (it handed out the old one, and the index of 100,000 leaflets stopped the build).
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        var text = string.Concat(Enumerable.Repeat("Caf\u00e9 \u2014 r\u00e9sum\u00e9 ", 150_000));
        var head = new byte[(1 << 20) - 1];
        var expected = head.Concat(System.Text.Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(WriteOutcome.Written, folder.WriteLarge("index.html", into =>
        {
            into.Write(head);
            System.Text.EncodingExtensions.GetBytes(System.Text.Encoding.UTF8, text.AsSpan(), into);
            return true;
        }));

        Assert.Equal(expected, File.ReadAllBytes(Path.Combine(folder.FullPath, "index.html")));
        folder.Close();
    }

    [Fact]
    public void A_changed_large_page_replaces_the_old_one()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        var changed = Content.ToArray();
        changed[^1] ^= 1;

        Assert.Equal(WriteOutcome.Written, folder.WriteLarge("index.html", InPieces(Content)));
        Assert.Equal(WriteOutcome.Written, folder.WriteLarge("index.html", InPieces(changed)));

        Assert.Equal(changed, File.ReadAllBytes(Path.Combine(folder.FullPath, "index.html")));
        folder.Close();
    }

    [Fact]
    public void A_page_that_fails_or_throws_while_it_is_written_leaves_nothing_and_keeps_the_old_file()
    {
        using var temp = new TempFolder();
        var folder = new OutputFolder(Path.Combine(temp.Path, "site"));
        Assert.Equal(WriteOutcome.Written, folder.Write("index.html", [1, 2, 3]));

        Assert.Null(folder.WriteLarge("index.html", InPieces(Content, succeeds: false)));
        Assert.Null(folder.WriteLarge("other.html", InPieces(Content, succeeds: false)));
        Assert.Throws<InvalidOperationException>(() => folder.WriteLarge("index.html", into =>
        {
            InPieces(Content)(into);
            throw new InvalidOperationException("a template broke");
        }));

        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(folder.FullPath, "index.html")));
        Assert.Equal(["index.html"], Names(folder.FullPath));
        folder.Close();
    }
}
