using LeafletTool.Cli.Files;
using Microsoft.Win32.SafeHandles;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The hashes of a <see cref="FileRecord"/>'s files, by entry number (an entry is set once it exists, or as the next
/// one): in memory (<see cref="InMemory"/>), or all but the latest thousand in a temporary file (<see cref="Spilled"/>)
/// for the record a build makes, which reaches 300,000 files at 100,000 leaflets and is read only at the end.
/// </summary>
public abstract class FileHashes : IDisposable
{
    /// <summary>Entries a page holds.</summary>
    protected const int PageEntries = 1024;

    /// <summary>Sets the hash of entry <paramref name="index"/>, an entry already set or the next one.</summary>
    public abstract void Set(int index, FileHash hash);

    /// <summary>The hash of entry <paramref name="index"/>.</summary>
    public abstract FileHash Get(int index);

    public virtual void Dispose() => GC.SuppressFinalize(this);

    /// <summary>No hashes: for a record of names only (the names in the folder when a build starts); every hash is
    /// the default one. A record of 300,000 names kept 12 MB of empty hashes.</summary>
    public sealed class None : FileHashes
    {
        public override void Set(int index, FileHash hash)
        {
        }

        public override FileHash Get(int index) => default;
    }

    /// <summary>Every hash in memory, in pages of <see cref="PageEntries"/>.</summary>
    public sealed class InMemory : FileHashes
    {
        private readonly List<FileHash[]> pages = [];

        public override void Set(int index, FileHash hash)
        {
            if (index / PageEntries == pages.Count) pages.Add(new FileHash[PageEntries]);
            pages[index / PageEntries][index % PageEntries] = hash;
        }

        public override FileHash Get(int index) => pages[index / PageEntries][index % PageEntries];
    }

    /// <summary>
    /// The digests (32 bytes each) of the latest page of entries in memory, every earlier page in a temporary file
    /// made when the first page fills, at <paramref name="path"/> (removed when this is disposed, or by the next
    /// build if the process is killed); a hash kept as an earlier record wrote it (not a SHA-256) stays in memory.
    /// They are read back a block of 64 at a time, the latest blocks read kept (128 KB): the record reads them in the
    /// order of the names, which is nearly the order they were written in, as a library's files are built in the order
    /// of their names. 300,000 hashes kept 12 MB until the end of a build of 100,000 leaflets, and reading them back
    /// all at once for the build's record took 10 MB more at its peak.
    /// </summary>
    public sealed class Spilled(Func<string> path, Func<Exception, Exception> failure) : FileHashes
    {
        private const int DigestSize = 32;
        private const int BlockEntries = 64;
        private const int BlocksKept = 64;
        private readonly byte[] page = new byte[PageEntries * DigestSize];
        private readonly Dictionary<int, string> asWritten = [];
        private readonly byte[] blocks = new byte[BlocksKept * BlockEntries * DigestSize];
        private readonly int[] blockKept = Enumerable.Repeat(-1, BlocksKept).ToArray();
        private SafeFileHandle? file;
        private int pageStart;

        public override void Set(int index, FileHash hash)
        {
            var block = index / BlockEntries;
            if (blockKept[block % BlocksKept] == block) blockKept[block % BlocksKept] = -1;
            if (hash.Written is { } written) asWritten[index] = written;
            else asWritten.Remove(index);
            Span<byte> digest = stackalloc byte[DigestSize];
            hash.CopyDigestTo(digest);
            if (index == pageStart + PageEntries)
            {
                Write(page, (long)pageStart * DigestSize);
                pageStart += PageEntries;
            }

            if (index >= pageStart) digest.CopyTo(page.AsSpan((index - pageStart) * DigestSize));
            else Write(digest, (long)index * DigestSize);
        }

        public override FileHash Get(int index)
        {
            if (asWritten.TryGetValue(index, out var written)) return FileHash.AsWritten(written);
            if (index >= pageStart) return FileHash.OfDigest(page.AsSpan((index - pageStart) * DigestSize, DigestSize));
            var block = index / BlockEntries;
            var kept = blocks.AsSpan(block % BlocksKept * BlockEntries * DigestSize, BlockEntries * DigestSize);
            if (blockKept[block % BlocksKept] != block)
            {
                Read(kept, (long)block * BlockEntries * DigestSize); // blocks below pageStart are whole in the file
                blockKept[block % BlocksKept] = block;
            }

            return FileHash.OfDigest(kept.Slice(index % BlockEntries * DigestSize, DigestSize));
        }

        public override void Dispose()
        {
            file?.Dispose();
            file = null;
            base.Dispose();
        }

        private void Write(ReadOnlySpan<byte> bytes, long offset)
        {
            try
            {
                file ??= File.OpenHandle(path(), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
                    FileOptions.DeleteOnClose);
                RandomAccess.Write(file, bytes, offset);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw failure(e);
            }
        }

        private void Read(Span<byte> into, long offset)
        {
            try
            {
                if (HandleStream.ReadAt(file!, into, offset) != into.Length)
                {
                    throw new IOException("the file of the hashes written is shorter than what was written to it");
                }
            }
            catch (IOException e)
            {
                throw failure(e);
            }
        }
    }
}
