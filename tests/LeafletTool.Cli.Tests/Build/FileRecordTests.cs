using System.Security.Cryptography;
using System.Text;
using LeafletTool.Cli.Output;

namespace LeafletTool.Cli.Tests.Build;

/// <summary>The compact record of a build's files (<see cref="FileRecord"/>) answers as a dictionary of strings would,
/// and the output folder's record written from it is the bytes the old one wrote.</summary>
public class FileRecordTests
{
    private static readonly string[] Odd =
    [
        "caf\u00e9.html", "\u00fcber.txt", "\u4e2d\u6587.html", "\ud83d\ude00.html", "\uffff.html", "\ue000.html",
        "a.html", "A.html", "a.print.html", "z", "\u00ff", "\u0100", "lone-\ud800.html", new string('x', 70_000),
    ];

    private static FileHash HashOf(string text) => FileHash.Of(Encoding.UTF8.GetBytes(text));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Thousands_of_names_are_found_replaced_and_listed_as_a_dictionary_does(bool spilled)
    {
        using var temp = new TempFolder();
        var spill = Path.Combine(temp.Path, "hashes");
        using var record = new FileRecord(spilled ? new FileHashes.Spilled(() => spill, e => e) : null);
        var reference = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = Enumerable.Range(0, 20_000).Select(i => $"leaflet-{i * 7919 % 20_000:D6}.print.html")
            .Concat(Odd).ToList();
        foreach (var name in names)
        {
            Assert.False(record.Set(name, HashOf(name)));
            reference[name] = HashOf(name).ToString();
        }

        foreach (var name in names.Where((_, i) => i % 3 == 0))
        {
            Assert.True(record.Set(name, HashOf("again " + name)));
            reference[name] = HashOf("again " + name).ToString();
        }

        // Hashes an earlier record wrote in another form, set and then replaced, early (in the file) and late.
        foreach (var name in names.Where((_, i) => i % 1000 == 1 || i == names.Count - 2))
        {
            Assert.True(record.Set(name, FileHash.AsWritten("written " + name)));
            reference[name] = "written " + name;
        }

        Assert.True(record.Set(names[1], HashOf("third " + names[1])));
        reference[names[1]] = HashOf("third " + names[1]).ToString();
        Assert.Equal(spilled, File.Exists(spill));

        Assert.Equal(reference.Count, record.Count);
        foreach (var (name, hash) in reference)
        {
            Assert.True(record.ContainsKey(name));
            Assert.True(record.TryGetValue(name, out var kept));
            Assert.Equal(hash, kept.ToString());
        }

        Assert.False(record.ContainsKey("leaflet-020000.print.html"));
        Assert.False(record.ContainsKey("caf\u00e9.htm"));
        Assert.False(record.ContainsKey("lone-\udc00.html"));
        var listed = new List<(string Name, string Hash)>();
        record.ForEachInOrder((name, hash) => listed.Add((name.ToString(), hash.ToString())));
        Assert.Equal(reference.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value)), listed);
        Assert.Equal(reference.OrderBy(r => r.Key, StringComparer.Ordinal),
            record.Pairs().Select(p => KeyValuePair.Create(p.Key, p.Value.ToString()))
                .OrderBy(r => r.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void The_files_one_record_holds_and_another_does_not_come_with_their_hashes_in_the_order_recorded()
    {
        using var temp = new TempFolder();
        using var last = new FileRecord(new FileHashes.Spilled(() => Path.Combine(temp.Path, "hashes"), e => e));
        using var now = new FileRecord();
        var names = Enumerable.Range(0, 3_000).Select(i => $"l-{i * 31 % 3_000}.html").Concat(Odd).ToList();
        foreach (var name in names) last.Set(name, HashOf(name));
        foreach (var name in names.Where((_, i) => i % 5 != 0)) now.Set(name, HashOf("now " + name));
        now.Set("only-now.html", HashOf("x"));

        var missing = last.Except(now);

        Assert.Equal(names.Where((_, i) => i % 5 == 0).Select(n => (n, HashOf(n).ToString())),
            missing.Select(m => (m.Key, m.Value.ToString())));
        Assert.Equal(["only-now.html"], now.Except(last).Select(m => m.Key));
    }

    [Fact]
    public void The_record_written_from_it_is_the_one_written_by_sorting_strings()
    {
        var files = Enumerable.Range(0, 3_000).Select(i => $"l-{i * 31 % 3_000}.html")
            .Concat(Odd.Where(name => !name.StartsWith("lone", StringComparison.Ordinal)))
            .Select(name => KeyValuePair.Create(name, Convert.ToHexStringLower(SHA256.HashData(
                Encoding.UTF8.GetBytes(name))))).ToList();
        files.Add(KeyValuePair.Create("kept-as-written.txt", "not a sha-256"));

        var bytes = BuildManifest.Serialize(files);

        // As the record was written before: the names sorted as strings, each with its hash, by a JSON writer.
        var old = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(old,
            new System.Text.Json.JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("format", "leaflet-build-manifest");
            json.WriteNumber("version", 1);
            json.WriteStartObject("files");
            foreach (var (name, hash) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
                json.WriteString(name, hash);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        Assert.Equal([.. old.WrittenSpan, (byte)'\n'], bytes);
        Assert.Equal(files.ToDictionary(f => f.Key, f => f.Value), BuildManifest.Parse(bytes));
    }
}
