using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using LeafletTool.Cli.Files;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The record, kept in the output folder as <c>.leaflet-build.json</c>, of every file the builds there wrote and the
/// SHA-256 of its content. A build removes the files the record lists that it did not write itself (the outputs of a
/// leaflet deleted, renamed or now with errors), and nothing else; the cache (<see cref="BuildCache"/>) checks every
/// listed file against its hash before it trusts a folder. The record holds no times or paths, only names and hashes
/// in a fixed order, so builds of the same sources leave the same bytes whatever was in the folder before.
/// </summary>
public static class BuildManifest
{
    public const string FileName = ".leaflet-build.json";
    private const string Format = "leaflet-build-manifest";
    private const int Version = 1;

    /// <summary>The SHA-256 of some bytes, as lower-case hex.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The record's bytes for these files (name to hash).</summary>
    public static byte[] Serialize(IEnumerable<KeyValuePair<string, string>> files) =>
        Serialize(files.Select(f => KeyValuePair.Create(f.Key, FileHash.AsWritten(f.Value))).ToList());

    /// <summary>The record's bytes for these files (name to hash; no name twice).</summary>
    public static byte[] Serialize(IReadOnlyCollection<KeyValuePair<string, FileHash>> files)
    {
        var record = new FileRecord();
        foreach (var (name, hash) in files) record.Set(name, hash);
        // About 110 bytes a file: room for all of them at once, not a buffer doubled and copied as it fills.
        var buffer = new ArrayBufferWriter<byte>(128 + 112 * record.Count);
        Write(record, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the record's bytes for these files into <paramref name="into"/>, as they are made.</summary>
    public static void Write(FileRecord files, IBufferWriter<byte> into)
    {
        using (var json = new Utf8JsonWriter(into, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteNumber("version", Version);
            json.WriteStartObject("files");
            files.ForEachInOrder((name, hash) => hash.WriteTo(json, name));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        into.GetSpan(1)[0] = (byte)'\n';
        into.Advance(1);
    }

    /// <summary>The files a record lists (name to hash), or null when it is not one this tool wrote.</summary>
    public static Dictionary<string, string>? Parse(ReadOnlySpan<byte> bytes)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        return Read(bytes, (name, hash) => files[name.ToString()] = hash.ToString()) ? files : null;
    }

    /// <summary>The files a record lists, kept compact (<see cref="FileRecord"/>, its hashes in
    /// <paramref name="hashes"/> when given), or null when it is not one this tool wrote.</summary>
    public static FileRecord? ParseRecord(ReadOnlySpan<byte> bytes, FileHashes? hashes = null)
    {
        var files = new FileRecord(hashes);
        if (Read(bytes, (name, hash) => files.Set(name, FileHash.AsWritten(hash)))) return files;
        files.Dispose();
        return null;
    }

    /// <summary>Gives <paramref name="add"/> each file a record lists (name, hash), as it is read; false when it is
    /// not one this tool wrote (what was given is then to be dropped).</summary>
    private static bool Read(ReadOnlySpan<byte> bytes, ManifestEntryVisitor add) =>
        new ManifestReader(Format, Version, add).ReadAll(bytes);

    /// <summary>
    /// The record in a folder, kept compact (its hashes in <paramref name="hashes"/>), read from its file a piece at a
    /// time, and the SHA-256 of the file's bytes; a null record when it is not one this tool wrote, and a null hash too
    /// when there is none or it cannot be read.
    /// </summary>
    public static (FileRecord? Record, byte[]? Sha256) ReadRecord(string folder, FileHashes hashes)
    {
        var files = new FileRecord(hashes);
        var (isRecord, sha256) = Visit(folder, (name, hash) => files.Set(name, FileHash.AsWritten(hash)));
        if (!isRecord) files.Dispose();
        return (isRecord ? files : null, sha256);
    }

    /// <summary>Gives <paramref name="add"/> each file the record in a folder lists, in its order, read from its file
    /// a piece at a time; whether it is a record of this tool, and the SHA-256 of the file (null when there is none or
    /// it cannot be read).</summary>
    public static (bool IsRecord, byte[]? Sha256) Visit(string folder, ManifestEntryVisitor add)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            // Not a link, and never a FIFO or a device (opening a FIFO waits for a writer for ever).
            if (!FileKind.IsPlainFile(path)) return (false, null);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var isRecord = new ManifestReader(Format, Version, add).ReadAll(stream, sha256);
            return (isRecord, sha256.GetHashAndReset());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (false, null);
        }
    }
}
