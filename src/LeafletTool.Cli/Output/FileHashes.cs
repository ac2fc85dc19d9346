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

    /// <summary>Readies every entry set so far to be read in any order (as the record's names sort them).</summary>
    public virtual void ReadyAll()
    {
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);

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
    /// All of them are read back at once before they are read in order (<see cref="ReadyAll"/>). 300,000 hashes kept
    /// 12 MB until the end of a build of 100,000 leaflets.
    /// </summary>
    public sealed class Spilled(Func<string> path, Func<Exception, Exception> failure) : FileHashes
    {
        private const int DigestSize = 32;
        private readonly byte[] page = new byte[PageEntries * DigestSize];
        private readonly Dictionary<int, string> asWritten = [];
        private SafeFileHandle? file;
        private byte[]? all;
        private int pageStart;

        public override void Set(int index, FileHash hash)
        {
            all = null;
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
            if (all is not null) return FileHash.OfDigest(all.AsSpan(index * DigestSize, DigestSize));
            Span<byte> digest = stackalloc byte[DigestSize];
            Read(digest, (long)index * DigestSize);
            return FileHash.OfDigest(digest);
        }

        public override void ReadyAll()
        {
            if (file is null || all is not null) return;
            all = new byte[pageStart * DigestSize];
            Read(all, 0);
        }

        public override void Dispose()
        {
            file?.Dispose();
            file = null;
            all = null;
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
