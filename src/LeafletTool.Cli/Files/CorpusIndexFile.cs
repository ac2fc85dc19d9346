using System.Text;
using LeafletTool.Core.Rules;
using Microsoft.Win32.SafeHandles;

namespace LeafletTool.Cli.Files;

/// <summary>One file's line in the corpus index: the file as it was when its facts were taken (size, time of last
/// change, SHA-256 of its content), whether it held a leaflet, its resource number, and where its word counts are in
/// the index (read only when they must be taken out of the sum).</summary>
public sealed record IndexEntry(long Size, long Time, byte[] Hash, bool HasLeaflet, string? Number)
{
    /// <summary>The word counts, when they came from this run rather than from the index file, as the index file
    /// keeps them (<see cref="CorpusIndexWorker.Encode"/>).</summary>
    internal byte[]? Counts { get; init; }

    internal int BlobOffset { get; init; } = -1;

    internal int BlobLength { get; init; }
}

/// <summary>
/// The corpus index on disk: a header naming the format and the tool's version, each file's
/// <see cref="IndexEntry"/>, the word counts of all of them summed, then each file's own word counts (about 2 MB per
/// 1,000 leaflets). All but the files' own counts is read at once; those are read from the file only when needed (the
/// file stays open until the index is disposed or saved): checking one changed leaflet in 10,000 read 22 MB, of which
/// it needed 2 KB (about a quarter of its time on a machine slow to map new memory).
/// </summary>
public sealed class CorpusIndexFile : IDisposable
{
    private const string Header = "leaflet-corpus-index 1";
    private SafeFileHandle? file;
    private byte[]? blobs;
    private long blobStart;

    public Dictionary<string, IndexEntry> Entries { get; } = new(PathNames.Comparer);

    /// <summary>The word counts of every entry's leaflet, summed.</summary>
    public Dictionary<string, int> Words { get; private set; } = new(StringComparer.Ordinal);

    private static string Version => typeof(CorpusIndexFile).Assembly.GetName().Version?.ToString() ?? "";

    /// <summary>The index at this path; an empty one when there is none, or it is unreadable or of another version
    /// (anything unexpected means: take every fact again).</summary>
    public static CorpusIndexFile Load(string path)
    {
        var index = new CorpusIndexFile();
        try
        {
            if (!File.Exists(path) || FileKind.NotRegular(path) is not null) return index;
            index.file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var fileLength = RandomAccess.GetLength(index.file);
            var buffered = new BufferedStream(new HandleStream(index.file, fileLength), 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8);
            if (reader.ReadString() != Header || reader.ReadString() != Version) return Empty(index);
            var entries = reader.ReadInt32();
            for (var i = 0; i < entries; i++)
            {
                var file = reader.ReadString();
                var (size, time, hash) = (reader.ReadInt64(), reader.ReadInt64(), reader.ReadBytes(32));
                var kind = reader.ReadByte();
                var number = kind == 2 ? reader.ReadString() : null;
                index.Entries[file] = new IndexEntry(size, time, hash, kind > 0, number)
                {
                    BlobOffset = reader.ReadInt32(),
                    BlobLength = reader.ReadInt32(),
                };
            }

            var words = reader.ReadInt32();
            index.Words = new Dictionary<string, int>(words, StringComparer.Ordinal);
            for (var i = 0; i < words; i++) index.Words[reader.ReadString()] = reader.ReadInt32();
            var length = reader.ReadInt32();
            // The files' own counts stay in the file, read and decoded only when needed.
            index.blobStart = buffered.Position;
            return length < 0 || index.blobStart + length != fileLength ? Empty(index) : index;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException
                                      or FormatException or ArgumentException)
        {
            return Empty(index);
        }
    }

    /// <summary>An empty index in place of one that could not be read (which is let go).</summary>
    private static CorpusIndexFile Empty(CorpusIndexFile unread)
    {
        unread.Dispose();
        return new CorpusIndexFile();
    }

    /// <summary>Lets the index file go.</summary>
    public void Dispose() => file?.Dispose();

    /// <summary>An entry's own counts as the index file keeps them: from the counts read whole (before a save), else
    /// read from the file.</summary>
    private byte[] Blob(IndexEntry entry)
    {
        if (blobs is not null) return blobs.AsSpan(entry.BlobOffset, entry.BlobLength).ToArray();
        var bytes = new byte[entry.BlobLength];
        return HandleStream.ReadAt(file!, bytes, blobStart + entry.BlobOffset) == bytes.Length ? bytes
            : throw new IOException("the corpus index was cut short");
    }

    /// <summary>An entry's word counts: taken in this run, else decoded from the index file.</summary>
    public IEnumerable<(string Word, int Count)> WordsOf(IndexEntry entry)
    {
        if (entry.Counts is null && entry.BlobOffset < 0) yield break;
        var stream = new MemoryStream(entry.Counts ?? Blob(entry));
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++) yield return (reader.ReadString(), reader.ReadInt32());
    }

    /// <summary>Writes the index (through a new file moved into place); an index that cannot be written is not an
    /// error.</summary>
    public void Save(string path)
    {
        try
        {
            // Every file's own counts are copied: read whole, and the file let go so that it can be replaced.
            if (blobs is null && file is not null)
            {
                var whole = new byte[RandomAccess.GetLength(file) - blobStart];
                if (HandleStream.ReadAt(file, whole, blobStart) < whole.Length)
                {
                    throw new IOException("the corpus index was cut short");
                }

                blobs = whole;
            }

            file?.Dispose();
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Each file's counts follow one another in the order of the entries: their places are known before
            // any is written, so the counts go straight from memory to the file.
            var placed = new List<(string File, IndexEntry Entry, int Offset, int Length)>(Entries.Count);
            var offset = 0;
            foreach (var (file, entry) in Entries)
            {
                var length = entry.Counts?.Length ?? (entry.BlobOffset >= 0 ? entry.BlobLength : sizeof(int));
                placed.Add((file, entry, offset, length));
                offset += length;
            }

            var temporary = $"{path}.{Environment.ProcessId}.tmp";
            using (var writer = new BinaryWriter(new FileStream(temporary, FileMode.Create, FileAccess.Write,
                       FileShare.None, 1 << 16), Encoding.UTF8))
            {
                writer.Write(Header);
                writer.Write(Version);
                writer.Write(placed.Count);
                foreach (var (file, entry, at, length) in placed)
                {
                    writer.Write(file);
                    writer.Write(entry.Size);
                    writer.Write(entry.Time);
                    writer.Write(entry.Hash);
                    writer.Write((byte)(!entry.HasLeaflet ? 0 : entry.Number is null ? 1 : 2));
                    if (entry.Number is { } number) writer.Write(number);
                    writer.Write(at);
                    writer.Write(length);
                }

                writer.Write(Words.Count);
                foreach (var (word, count) in Words)
                {
                    writer.Write(word);
                    writer.Write(count);
                }

                writer.Write(offset);
                foreach (var (_, entry, _, _) in placed)
                {
                    if (entry.Counts is { } counts) writer.Write(counts);
                    else if (entry.BlobOffset >= 0) writer.Write(blobs!, entry.BlobOffset, entry.BlobLength);
                    else writer.Write(0);
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run takes the facts again.
        }
    }
}
