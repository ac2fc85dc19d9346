using System.Security.Cryptography;
using System.Text;
using LeafletTool.Core.Config;
using LeafletTool.Core.Yaml;

namespace LeafletTool.Core.Validation;

/// <summary>
/// One source file handed to the core: its name as diagnostics show it, its text (or why it could not be read),
/// the configuration that governs it, and whether it was asked about or is only there for cross-leaflet rules.
/// </summary>
public sealed record LeafletInput(string Name, string? Text, ProjectConfig Config, bool IsTarget,
    string? ReadProblem = null)
{
    private readonly string? text = Text;
    private readonly byte[]? utf8;
    private readonly OnDemand? read;
    private readonly long fileLength;

    /// <summary>The length (high half) and hash (low half) of the first read of a source read on demand; -1 before
    /// it.</summary>
    private long firstRead = -1;

    /// <summary>Where the first read is kept instead, for an input made by a <see cref="SourceList"/>: the list's
    /// record for the source, shared by every input made for it.</summary>
    private readonly long[]? firstReads;
    private readonly int firstReadAt;

    private LeafletInput(string name, byte[] utf8, ProjectConfig config, bool isTarget)
        : this(name, (string?)null, config, isTarget) => this.utf8 = utf8;

    private LeafletInput(string name, long length, OnDemand read, ProjectConfig config, bool isTarget)
        : this(name, (string?)null, config, isTarget)
    {
        this.read = read;
        fileLength = length;
    }

    private LeafletInput(string name, long length, OnDemand read, ProjectConfig config, bool isTarget,
        long[] firstReads, int at)
        : this(name, length, read, config, isTarget)
    {
        this.firstReads = firstReads;
        firstReadAt = at;
    }

    /// <summary>
    /// Reads sources that are not kept in memory, each time one's text is needed, by the name the source was given:
    /// one object can serve every source of a folder, so a check of 100,000 files keeps no reader (nor path) a file.
    /// </summary>
    public abstract class OnDemand
    {
        /// <summary>The bytes of the source named <paramref name="name"/>, checked to be UTF-8, or why there are
        /// none.</summary>
        public abstract (byte[]? Utf8, string? Problem) Read(string name);

        /// <summary>
        /// As <see cref="Read(string)"/>, into <paramref name="buffer"/> (replaced when null or too small): its first
        /// Length bytes, valid until the buffer is used again; Length -1 when there is a problem instead. A reader that
        /// can fill a buffer it is lent spares a new array a read (the text is decoded from it at once).
        /// </summary>
        public virtual (int Length, string? Problem) Read(string name, ref byte[]? buffer)
        {
            var (bytes, problem) = Read(name);
            if (bytes is null) return (-1, problem);
            buffer = bytes;
            return (bytes.Length, null);
        }
    }

    private sealed class ByDelegate(Func<(byte[]? Utf8, string? Problem)> read) : OnDemand
    {
        public override (byte[]? Utf8, string? Problem) Read(string name) => read();
    }

    /// <summary>
    /// The text; for a source kept as UTF-8 (<see cref="FromUtf8"/>), decoded anew each time it is asked for,
    /// so that only the bytes (half the size of the text for English) stay in memory between the passes.
    /// </summary>
    public string? Text
    {
        get => text ?? (utf8 is not null ? Encoding.UTF8.GetString(utf8) : read is not null ? Open().Text : null);
        init => text = value;
    }

    /// <summary>Whether the file was read (its text is there), without decoding it. A source read on demand
    /// (<see cref="FromReader"/>) counts as there: a problem reading it comes with its text.</summary>
    public bool HasText => text is not null || utf8 is not null || read is not null;

    /// <summary>The size of the source as kept: bytes for UTF-8, else characters; a file's length for one read on
    /// demand; 0 when it was not read.</summary>
    public long SourceLength => utf8?.LongLength ?? text?.Length ?? (read is not null ? fileLength : 0);

    /// <summary>
    /// The text, or why there is none. A source read on demand is read each time; the first read is remembered by
    /// its length and hash, and a later read that differs (the file was saved while it was being checked) gives
    /// a problem instead of a text, so no result ever mixes two versions of a file.
    /// </summary>
    public (string? Text, string? Problem) Open() => Open(null);

    /// <summary>
    /// As <see cref="Open()"/>, a source read on demand read into the <paramref name="scratch"/>'s buffer (kept there
    /// for the next): the text is decoded from it at once, so a check of 10,000 leaflets reads 250 MB into a buffer a
    /// worker instead of allocating them.
    /// </summary>
    public (string? Text, string? Problem) Open(YamlScratch? scratch)
    {
        if (read is null) return (Text, Text is null ? ReadProblem : null);
        var buffer = scratch?.SourceBytes;
        var (length, problem) = read.Read(Name, ref buffer);
        if (scratch is not null) scratch.SourceBytes = buffer;
        if (length < 0) return (null, problem ?? "The file could not be read.");
        var bytes = buffer.AsSpan(0, length);
        return IsFirstRead(bytes) ? (Encoding.UTF8.GetString(bytes), null) : (null, ChangedWhileChecked);
    }

    /// <summary>Whether these bytes, read on demand, are what the first read of this source gave (they are, for
    /// the first read itself).</summary>
    private bool IsFirstRead(ReadOnlySpan<byte> bytes)
    {
        var hash = new HashCode();
        hash.AddBytes(bytes);
        var value = ((long)bytes.Length << 32) | (uint)hash.ToHashCode();
        ref var record = ref firstReads is null ? ref firstRead : ref firstReads[firstReadAt];
        var first = Interlocked.CompareExchange(ref record, value, -1);
        return first == -1 || first == value;
    }

    /// <summary>
    /// The SHA-256 of the source as UTF-8 bytes (of no bytes when there is no text), for fingerprints: the bytes kept,
    /// else the text encoded; a source read on demand is read again into <paramref name="scratch"/> (kept there for
    /// the next) and hashed as read, neither decoded nor copied, and, as by <see cref="Open()"/>, counts as having no
    /// text when it differs from its first read. Valid UTF-8 decoded and encoded again is the same bytes.
    /// </summary>
    public byte[] Utf8Sha256(ref byte[]? scratch)
    {
        if (utf8 is not null) return SHA256.HashData(utf8);
        if (read is null) return SHA256.HashData(text is null ? [] : Encoding.UTF8.GetBytes(text));
        var (length, _) = read.Read(Name, ref scratch);
        var bytes = length < 0 ? [] : scratch.AsSpan(0, length);
        return SHA256.HashData(length >= 0 && IsFirstRead(bytes) ? bytes : []);
    }

    /// <summary>What a source read on demand says when it was saved between two reads of one check.</summary>
    public const string ChangedWhileChecked = "The file changed while it was being checked; check it again.";

    /// <summary>A source whose text is these bytes, already checked to be UTF-8 (a byte-order mark, if any, is part of
    /// the text, as when decoded).</summary>
    public static LeafletInput FromUtf8(string name, byte[] utf8, ProjectConfig config, bool isTarget) =>
        new(name, utf8, config, isTarget);

    /// <summary>
    /// A source that is not kept in memory: <paramref name="read"/> reads it (bytes checked to be UTF-8, or why
    /// not) each time its text is needed. For checks of more sources than should stay in memory at once.
    /// </summary>
    public static LeafletInput FromReader(string name, long length, Func<(byte[]? Utf8, string? Problem)> read,
        ProjectConfig config, bool isTarget) =>
        new(name, length, new ByDelegate(read), config, isTarget);

    /// <summary>A source not kept in memory, as above, read by <paramref name="reader"/> under its
    /// <paramref name="name"/> each time its text is needed.</summary>
    public static LeafletInput FromReader(string name, long length, OnDemand reader, ProjectConfig config,
        bool isTarget) =>
        new(name, length, reader, config, isTarget);

    /// <summary>A source read on demand whose first read is kept at <paramref name="at"/> in
    /// <paramref name="firstReads"/> (-1 before it), for a <see cref="SourceList"/>.</summary>
    internal static LeafletInput FromReader(string name, long length, OnDemand reader, ProjectConfig config,
        bool isTarget, long[] firstReads, int at) =>
        new(name, length, reader, config, isTarget, firstReads, at);

    public static LeafletInput Unreadable(string name, ProjectConfig config, bool isTarget, string problem) =>
        new(name, null, config, isTarget, problem);
}
