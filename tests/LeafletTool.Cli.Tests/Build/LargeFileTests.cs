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
