using System.Security.Cryptography;
using System.Text;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>The folder's record (<see cref="BuildManifest"/>) is read as a stream: what it accepts and refuses is what
/// a document reader accepted and refused.</summary>
public class ManifestReadingTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [Theory]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {"a.html": "x", "b.txt": "y"}}""")]
    [InlineData("""{"files": {"a.html": "x", "b.txt": "y"}, "extra": {"deep": [1, {"files": 2}]},""" +
        """ "version": 1, "format": "leaflet-build-manifest"}""")]
    [InlineData("""{"format": "leaflet-build-\u006danifest", "version": 1, "files": {"a.html": "x", "b.txt": "y"}}""")]
    [InlineData(" \n{\"format\": \"leaflet-build-manifest\", \"version\": 1, \"files\": {\"a.html\": \"x\", " +
        "\"b.txt\": \"y\"}}\n\n")]
    public void A_record_of_this_tool_is_read_whatever_the_order_of_its_fields(string text)
    {
        var files = BuildManifest.Parse(Encoding.UTF8.GetBytes(text));
        var (fromFile, sha256) = ViaFile(Encoding.UTF8.GetBytes(text));

        Assert.Equal(new Dictionary<string, string> { ["a.html"] = "x", ["b.txt"] = "y" }, files);
        Assert.Equal(files, fromFile);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(text)), sha256);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"format": "other", "version": 1, "files": {}}""")]
    [InlineData("""{"version": 1, "files": {}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 2, "files": {}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1.5, "files": {}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": "1", "files": {}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": []}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {"a.html": 1}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {"a.html": {"b": "c"}}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {}} {}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {}}x""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {"a.html": "x",}}""")]
    [InlineData("""{"format": "leaflet-build-manifest", "version": 1, "files": {"a.html": "x"}""")]
    public void Anything_else_is_not_a_record_of_this_tool(string text)
    {
        Assert.Null(BuildManifest.Parse(Encoding.UTF8.GetBytes(text)));
        Assert.Null(BuildManifest.ParseRecord(Encoding.UTF8.GetBytes(text)));
        var (fromFile, sha256) = ViaFile(Encoding.UTF8.GetBytes(text));
        Assert.Null(fromFile);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(text)), sha256);
    }

    [Fact]
    public void A_record_read_from_its_file_in_pieces_is_the_one_read_whole_and_so_is_its_hash()
    {
        var files = Enumerable.Range(0, 5_000)
            .Select(i => KeyValuePair.Create($"leaflet-{i:D5}-\u00e9\u4e2d.html", Hash[..^4] + $"{i:x4}"))
            .Append(KeyValuePair.Create(new string('n', 150_000) + ".html", new string('h', 70_000)))
            .Append(KeyValuePair.Create("escaped-\"quote\".html", "not-a-sha"))
            .ToList();
        var bytes = BuildManifest.Serialize(files);
        Assert.True(bytes.Length > 3 * 64 * 1024);

        var (fromFile, sha256) = ViaFile(bytes);

        Assert.Equal(files.ToDictionary(f => f.Key, f => f.Value), fromFile);
        Assert.Equal(BuildManifest.Parse(bytes), fromFile);
        Assert.Equal(SHA256.HashData(bytes), sha256);
        var (broken, brokenSha) = ViaFile(bytes[..^3]);
        Assert.Null(broken);
        Assert.Equal(SHA256.HashData(bytes[..^3]), brokenSha);
    }

    [Fact]
    public void No_record_and_a_record_that_is_a_link_give_neither_record_nor_hash()
    {
        using var temp = new TempFolder();
        Assert.Equal((null, null), BuildManifest.ReadRecord(temp.Path, new FileHashes.InMemory()));
        if (OperatingSystem.IsWindows()) return;
        File.WriteAllText(Path.Combine(temp.Path, "elsewhere.json"), "{}");
        File.CreateSymbolicLink(Path.Combine(temp.Path, BuildManifest.FileName), "elsewhere.json");
        Assert.Equal((null, null), BuildManifest.ReadRecord(temp.Path, new FileHashes.InMemory()));
    }

    [Fact]
    public void A_kept_hash_matches_the_bytes_it_is_the_sha256_of_and_a_hash_kept_as_written_matches_none()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>page</p>");
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));

        Assert.True(FileHash.AsWritten(hex).IsSha256Of(bytes));
        Assert.True(FileHash.Of(bytes).IsSha256Of(bytes));
        Assert.False(FileHash.AsWritten(hex).IsSha256Of([.. bytes, 0]));
        Assert.False(FileHash.AsWritten(hex.ToUpperInvariant()).IsSha256Of(bytes));
        Assert.False(default(FileHash).IsSha256Of(bytes));
        Assert.True(FileHash.AsWritten(hex).IsDigest(SHA256.HashData(bytes)));
        Assert.False(FileHash.AsWritten(hex).IsDigest(SHA256.HashData([.. bytes, 0])));
        Assert.False(FileHash.AsWritten(hex.ToUpperInvariant()).IsDigest(new byte[32]));
    }

    [Fact]
    public void A_records_files_are_visited_in_its_order_with_their_hashes_and_the_files_sha256()
    {
        using var temp = new TempFolder();
        var files = new[] { ("b.html", Hash), ("a.html", "X"), ("c.txt", Hash[..^1] + "0") };
        var bytes = BuildManifest.Serialize(files.Select(f => KeyValuePair.Create(f.Item1, f.Item2)));
        File.WriteAllBytes(Path.Combine(temp.Path, BuildManifest.FileName), bytes);

        var list = new List<(string, string)>();
        var (isRecord, sha256) = BuildManifest.Visit(temp.Path, (name, hash) => list.Add((name.ToString(),
            FileHash.AsWritten(hash).ToString())));

        Assert.True(isRecord);
        Assert.Equal(files.OrderBy(f => f.Item1, StringComparer.Ordinal), list);
        Assert.Equal(SHA256.HashData(bytes), sha256);
        File.WriteAllText(Path.Combine(temp.Path, BuildManifest.FileName), "{}");
        Assert.False(BuildManifest.Visit(temp.Path, (_, _) => { }).IsRecord);
    }

    /// <summary>The record read from its file in a folder, as names and hashes, and the file's SHA-256.</summary>
    private static (Dictionary<string, string>? Files, byte[]? Sha256) ViaFile(byte[] bytes)
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(Path.Combine(temp.Path, BuildManifest.FileName), bytes);
        var (record, sha256) = BuildManifest.ReadRecord(temp.Path, new FileHashes.InMemory());
        using (record)
        {
            return (record?.Pairs().ToDictionary(p => p.Key, p => p.Value.Written ?? Hex(p.Value)), sha256);
        }
    }

    [Fact]
    public void A_record_read_with_its_hashes_in_a_temporary_file_lists_every_file_and_leaves_no_file_behind()
    {
        using var temp = new TempFolder();
        var spill = Path.Combine(temp.Path, "before-hashes");
        var files = Enumerable.Range(0, 5_000)
            .Select(i => KeyValuePair.Create($"leaflet-{i:D5}.html", i % 7 == 0 ? "not-a-sha" : Hash[..^4] + $"{i:x4}"))
            .ToList();
        var bytes = BuildManifest.Serialize(files);

        using (var record = BuildManifest.ParseRecord(bytes, new FileHashes.Spilled(() => spill, e => e)))
        {
            Assert.NotNull(record);
            Assert.True(File.Exists(spill));
            var read = record.Pairs().ToDictionary(p => p.Key, p => p.Value.Written ?? Hex(p.Value));
            Assert.Equal(files.ToDictionary(f => f.Key, f => f.Value), read);
        }

        Assert.False(File.Exists(spill));
        var broken = bytes[..^20];
        Assert.Null(BuildManifest.ParseRecord(broken, new FileHashes.Spilled(() => spill, e => e)));
        Assert.False(File.Exists(spill));
    }

    private static string Hex(FileHash hash)
    {
        var digest = new byte[32];
        hash.CopyDigestTo(digest);
        return Convert.ToHexStringLower(digest);
    }
}
