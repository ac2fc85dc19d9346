using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

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

    /// <summary>
    /// Gives <paramref name="add"/> each file a record lists (name, hash), as it is read; false when it is not one this
    /// tool wrote (what was given is then to be dropped). Read as a stream, not as a document: the record of 100,000
    /// leaflets is 30 MB, and a document of it and its copy took about 70 MB at the start of a build into its folder.
    /// </summary>
    private static bool Read(ReadOnlySpan<byte> bytes, EntryVisitor add)
    {
        try
        {
            var json = new Utf8JsonReader(bytes);
            if (!json.Read() || json.TokenType != JsonTokenType.StartObject) return false;
            var (format, version, files) = (false, false, false);
            while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
            {
                var property = json.GetString();
                json.Read();
                switch (property)
                {
                    case "format":
                        format = json.TokenType == JsonTokenType.String && json.ValueTextEquals(Format);
                        break;
                    case "version":
                        version = json.TokenType == JsonTokenType.Number && json.TryGetInt32(out var number)
                            && number == Version;
                        break;
                    case "files" when json.TokenType == JsonTokenType.StartObject:
                        if (!ReadFiles(ref json, add)) return false;
                        files = true;
                        break;
                    case "files":
                        return false;
                    default:
                        json.Skip();
                        break;
                }
            }

            while (json.Read())
            {
                // Anything after the record's object is refused by the reader itself.
            }

            return format && version && files;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>The <c>files</c> object's entries, the reader at its start; false when a value is not text.</summary>
    private static bool ReadFiles(ref Utf8JsonReader json, EntryVisitor add)
    {
        // Each name and hash copied into a buffer, not made a string: 600,000 strings for a folder of 100,000
        // leaflets.
        var (name, hash) = (new char[256], new char[128]);
        while (json.Read() && json.TokenType == JsonTokenType.PropertyName)
        {
            var nameLength = Copy(ref json, ref name);
            if (!json.Read() || json.TokenType != JsonTokenType.String) return false;
            add(name.AsSpan(0, nameLength), hash.AsSpan(0, Copy(ref json, ref hash)));
        }

        return json.TokenType == JsonTokenType.EndObject;
    }

    /// <summary>Copies the reader's text into <paramref name="buffer"/>, made larger when it may not fit (a character
    /// for each UTF-8 byte at most); its length.</summary>
    private static int Copy(ref Utf8JsonReader json, ref char[] buffer)
    {
        var most = json.HasValueSequence ? checked((int)json.ValueSequence.Length) : json.ValueSpan.Length;
        if (most > buffer.Length) buffer = new char[most];
        return json.CopyString(buffer);
    }

    /// <summary>Gets a file's name and hash, as characters valid only during the call.</summary>
    private delegate void EntryVisitor(ReadOnlySpan<char> name, ReadOnlySpan<char> hash);

    /// <summary>The record in a folder as bytes, or null when there is none or it cannot be read.</summary>
    public static byte[]? ReadBytes(string folder)
    {
        try
        {
            var path = Path.Combine(folder, FileName);
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
