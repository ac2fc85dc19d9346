using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The SHA-256 of one output as the folder's record (<see cref="BuildManifest"/>) keeps it while a build runs: the 32
/// bytes, written as lower-case hex only when the record is written (a build of 100,000 leaflets held 300,000 hex
/// strings of 64 characters); or, for a file an earlier record listed, the hash as that record wrote it.
/// </summary>
public readonly struct FileHash
{
    private static readonly System.Buffers.SearchValues<char> LowerHex =
        System.Buffers.SearchValues.Create("0123456789abcdef");

    private readonly Digest digest;
    private readonly string? written;

    private FileHash(Digest digest, string? written)
    {
        this.digest = digest;
        this.written = written;
    }

    /// <summary>The SHA-256 of these bytes.</summary>
    public static FileHash Of(ReadOnlySpan<byte> bytes)
    {
        var digest = default(Digest);
        SHA256.HashData(bytes, digest);
        return new FileHash(digest, null);
    }

    /// <summary>A SHA-256 already worked out (of a file written in pieces).</summary>
    public static FileHash OfDigest(ReadOnlySpan<byte> sha256)
    {
        var digest = default(Digest);
        sha256.CopyTo(digest);
        return new FileHash(digest, null);
    }

    /// <summary>The hash as an earlier record wrote it when it is not a SHA-256 in lower-case hex, else null.</summary>
    public string? Written => written;

    /// <summary>Whether this is the SHA-256 of <paramref name="bytes"/> (never, for a hash kept only
    /// <see cref="Written"/>, which is not a SHA-256 in lower-case hex).</summary>
    public bool IsSha256Of(ReadOnlySpan<byte> bytes)
    {
        if (written is not null) return false;
        Span<byte> actual = stackalloc byte[32];
        SHA256.HashData(bytes, actual);
        return IsDigest(actual);
    }

    /// <summary>Whether this is the SHA-256 whose 32 bytes are <paramref name="sha256"/> (never, for a hash kept only
    /// <see cref="Written"/>).</summary>
    public bool IsDigest(ReadOnlySpan<byte> sha256) =>
        written is null && sha256.SequenceEqual((ReadOnlySpan<byte>)digest);

    /// <summary>Copies the 32 bytes of the SHA-256 (zeros for a hash kept only <see cref="Written"/>).</summary>
    public void CopyDigestTo(Span<byte> into) => ((ReadOnlySpan<byte>)digest).CopyTo(into);

    /// <summary>A hash as a record wrote it: kept as its 32 bytes when it is 64 lower-case hex digits, else as
    /// written.</summary>
    public static FileHash AsWritten(string hash) => AsWritten(hash, hash);

    /// <summary>As <see cref="AsWritten(string)"/>, from characters: a string is made only for a hash that is not a
    /// SHA-256 in lower-case hex.</summary>
    public static FileHash AsWritten(ReadOnlySpan<char> hash) => AsWritten(hash, null);

    private static FileHash AsWritten(ReadOnlySpan<char> hash, string? text)
    {
        var digest = default(Digest);
        return hash.Length == 64 && !hash.ContainsAnyExcept(LowerHex)
            && Convert.FromHexString(hash, digest, out _, out var written) == System.Buffers.OperationStatus.Done
            && written == 32
                ? new FileHash(digest, null)
                : new FileHash(default, text ?? hash.ToString());
    }

    /// <summary>Writes the hash, under the file's name, as the record shows it.</summary>
    public void WriteTo(Utf8JsonWriter json, ReadOnlySpan<char> name)
    {
        if (written is not null)
        {
            json.WriteString(name, written);
            return;
        }

        Span<char> hex = stackalloc char[64];
        Convert.TryToHexStringLower(digest, hex, out _);
        json.WriteString(name, hex);
    }

    /// <summary>The hash as the record shows it.</summary>
    public override string ToString() => written ?? Convert.ToHexStringLower(digest);

    [InlineArray(32)]
    private struct Digest
    {
        private byte element;
    }
}
