using System.Buffers;
using System.Security.Cryptography;
using LeafletTool.Cli.Files;
using LeafletTool.Core.Rendering.Templates;

namespace LeafletTool.Cli.Output;

public sealed partial class OutputFolder
{
    /// <summary>
    /// Writes a file too large to hold whole (the index of a large library): <paramref name="write"/> puts its bytes,
    /// in pieces, into a hidden temporary file beside it, hashed as they pass; that file is then renamed into place,
    /// unless the folder already holds exactly those bytes. Null when <paramref name="write"/> says the page did not
    /// go through: nothing of it is left.
    /// </summary>
    public WriteOutcome? WriteLarge(string fileName, Func<IBufferWriter<byte>, bool> write)
    {
        var target = PathOf(fileName);
        var temp = TempPathOf(fileName);
        var placed = false;
        try
        {
            FileHash hash;
            using (var file = new HashingFileWriter(temp))
            {
                if (!write(file)) return null;
                hash = FileHash.OfDigest(file.Finish());
            }

            var again = recorded.Set(fileName, hash);
            if ((again || Existed(fileName)) && SameContent(target, temp)) return WriteOutcome.Unchanged;
            File.Move(temp, target, overwrite: true);
            placed = true;
            return WriteOutcome.Written;
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            throw Failure(fileName, e);
        }
        finally
        {
            if (!placed) DeleteTemporary(temp);
        }
    }

    /// <summary>
    /// Writes the record of the folder's files (<see cref="BuildManifest"/>), as it is made, through a temporary file,
    /// unless the folder's record already says exactly that: the record of 300,000 files is 33 MB, never held whole.
    /// Gives the SHA-256 of its bytes, as lower-case hex.
    /// </summary>
    private string SaveRecord(FileRecord files)
    {
        var target = Path.Combine(FullPath, BuildManifest.FileName);
        var temp = TempPathOf(BuildManifest.FileName);
        var placed = false;
        try
        {
            byte[] digest;
            using (var file = new HashingFileWriter(temp))
            {
                BuildManifest.Write(files, file);
                digest = file.Finish();
            }

            if (beforeHash is null || !beforeHash.AsSpan().SequenceEqual(digest))
            {
                File.Move(temp, target, overwrite: true);
                placed = true;
            }

            return Convert.ToHexStringLower(digest);
        }
        catch (Exception e) when (AtomicFile.IsWriteFailure(e))
        {
            throw new ToolFailureException($"cannot write '{PathNames.Normalise(target)}': "
                + AtomicFile.Describe(e).Replace($" : '{temp}'", "", StringComparison.Ordinal));
        }
        finally
        {
            if (!placed) DeleteTemporary(temp);
        }
    }

    private static bool SameContent(string target, string temp)
    {
        var info = new FileInfo(target);
        if (!info.Exists || info.LinkTarget is not null || info.Length != new FileInfo(temp).Length) return false;
        using var old = File.OpenRead(target);
        using var fresh = File.OpenRead(temp);
        return SHA256.HashData(old).AsSpan().SequenceEqual(SHA256.HashData(fresh));
    }

    private static void DeleteTemporary(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next build into the folder.
        }
    }

    /// <summary>Bytes written to a new file a megabyte at a time, and their SHA-256; emptied to start again when the
    /// page's compiled template gives up and Scriban renders it.</summary>
    private sealed class HashingFileWriter : IRestartableWriter, IDisposable
    {
        private const int Chunk = 1 << 20;
        private readonly Microsoft.Win32.SafeHandles.SafeFileHandle handle;
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private byte[] buffer = ArrayPool<byte>.Shared.Rent(Chunk);
        private int used;
        private long offset;

        public HashingFileWriter(string path) =>
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

        public void Advance(int count)
        {
            used += count;
            if (used >= Chunk) Flush();
        }

        // Room first, then the buffer: "buffer.AsSpan(Room(n))" read the buffer before Room replaced it with a larger
        // one, and gave the old one (back in the pool, too small): the encoder of the index of 100,000 leaflets,
        // asking for room for more than a megabyte at once, failed with "the output byte buffer is too small".
        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            var at = Room(sizeHint);
            return buffer.AsMemory(at);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            var at = Room(sizeHint);
            return buffer.AsSpan(at);
        }

        public void Restart()
        {
            used = 0;
            offset = 0;
            hash.GetHashAndReset();
            RandomAccess.SetLength(handle, 0);
        }

        /// <summary>Writes what is left and gives the hash of every byte written.</summary>
        public byte[] Finish()
        {
            Flush();
            return hash.GetHashAndReset();
        }

        public void Dispose()
        {
            handle.Dispose();
            hash.Dispose();
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }

        /// <summary>Where the caller may write at least <paramref name="sizeHint"/> bytes (in the buffer as it is
        /// after the call: a larger one may have been taken).</summary>
        private int Room(int sizeHint)
        {
            sizeHint = Math.Max(sizeHint, 1);
            if (buffer.Length - used >= sizeHint) return used;
            Flush();
            if (buffer.Length < sizeHint)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
            }

            return used;
        }

        private void Flush()
        {
            if (used == 0) return;
            RandomAccess.Write(handle, buffer.AsSpan(0, used), offset);
            hash.AppendData(buffer, 0, used);
            offset += used;
            used = 0;
        }
    }

    private static bool HasContent(string path, ReadOnlySpan<byte> bytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length != bytes.Length || info.LinkTarget is not null) return false;
        // Compared 64 KB at a time in a pooled buffer: reading each file whole made a new array of its size, 4 GB for
        // a rebuild of 100,000 leaflets, which grew the heap by about 90 MB.
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            using var handle = File.OpenHandle(path);
            var at = 0;
            while (at < bytes.Length)
            {
                var got = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - at)), at);
                if (got == 0 || !buffer.AsSpan(0, got).SequenceEqual(bytes.Slice(at, got))) return false;
                at += got;
            }

            return RandomAccess.Read(handle, buffer.AsSpan(0, 1), at) == 0; // not grown since
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
