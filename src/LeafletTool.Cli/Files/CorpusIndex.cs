using System.Security.Cryptography;
using System.Text;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules;
using LeafletTool.Core.Text;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Files;

/// <summary>
/// Checking some leaflets of a folder (one changed file in a library of 10,000) needs only two facts of each of the
/// others, for the cross-leaflet rules: its resource number and its word counts. The corpus index keeps them in the
/// cache folder (as the rebuild cache, <c>LEAFLET_CACHE_DIR=off</c> turns it off), by each file's size, time of
/// last change and SHA-256, so a check loads the files asked about and only those of the others that changed since.
/// A file whose size or time changed is read and hashed; only when its content changed is it loaded again.
/// </summary>
public static class CorpusIndex
{
    /// <summary>The index for checks of files in these folders, in the rebuild cache's folder
    /// (<c>$LEAFLET_CACHE_DIR</c>, else <c>$XDG_CACHE_HOME/leaflettool</c>, else <c>~/.cache/leaflettool</c>), or null
    /// when there is none or it is turned off.</summary>
    public static string? PathFor(IEnumerable<string> folders, Func<string, string?> environment)
    {
        var cache = environment("LEAFLET_CACHE_DIR") is { Length: > 0 } own
            ? (own == "off" ? null : own)
            : environment("XDG_CACHE_HOME") is { Length: > 0 } xdg ? Path.Combine(xdg, "leaflettool")
            : environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".cache", "leaflettool")
            : environment("LOCALAPPDATA") is { Length: > 0 } local ? Path.Combine(local, "leaflettool", "cache")
            : null;
        if (cache is null) return null;
        var key = Encoding.UTF8.GetBytes(string.Join('\n', folders.Order(StringComparer.Ordinal)));
        return Path.Combine(cache, $"corpus-{Convert.ToHexStringLower(SHA256.HashData(key))[..32]}.index");
    }

    /// <summary>
    /// The facts of every file not asked about, from the index where the file is unchanged, else taken again (on
    /// every core); the index is brought up to date. The files asked about are checked as usual.
    /// </summary>
    public static CorpusSeed Seed(IReadOnlyList<LeafletFile> files, string path, ParallelOptions options)
    {
        using var index = CorpusIndexFile.Load(path);
        var others = files.Where(f => !f.IsTarget).ToArray();
        var found = new IndexEntry?[others.Length];
        var changed = 0;
        var deltas = new List<CorpusIndexWorker>();
        // Each thread sums what changed by its own word entries (what a changed file's new facts add, less its old
        // ones); the sums are added to the index's at the end.
        Parallel.For(0, others.Length, options, () => new CorpusIndexWorker(),
            (i, _, local) =>
            {
                index.Entries.TryGetValue(others[i].FullPath, out var old);
                var entry = found[i] = Current(others[i], old, local);
                if (ReferenceEquals(entry, old)) return local;
                Interlocked.Increment(ref changed);
                if (old is not null) local.Add(index.WordsOf(old), -1);
                if (entry?.Counts is not null) local.AddCounted();
                else if (entry is not null) local.Add(index.WordsOf(entry), +1);
                return local;
            }, local =>
            {
                lock (deltas) deltas.Add(local);
            });

        // The sum kept in the index: less what changed or went, plus what changed.
        var present = new HashSet<string>(files.Select(f => f.FullPath), PathNames.Comparer);
        foreach (var gone in index.Entries.Where(e => !present.Contains(e.Key)).ToList())
        {
            Subtract(index, gone.Value);
            index.Entries.Remove(gone.Key);
            changed++;
        }

        foreach (var delta in deltas) Sum(index.Words, delta.Changes(), +1);
        var seed = new CorpusSeed();
        for (var i = 0; i < others.Length; i++)
        {
            var entry = found[i];
            index.Entries.TryGetValue(others[i].FullPath, out var old);
            if (!ReferenceEquals(entry, old))
            {
                if (entry is null) index.Entries.Remove(others[i].FullPath);
                else index.Entries[others[i].FullPath] = entry;
            }

            if (entry is not { HasLeaflet: true }) continue;
            seed.Count++;
            if (entry.Number is { } number) seed.Numbers.Add((number, others[i].DisplayName));
        }

        if (changed > 0) index.Save(path);
        // The files asked about are loaded by the check itself: their facts in the index are not the seed's.
        foreach (var target in files.Where(f => f.IsTarget))
        {
            if (index.Entries.TryGetValue(target.FullPath, out var entry)) Subtract(index, entry);
        }

        var result = new CorpusSeed { Words = index.Words, Count = seed.Count };
        result.Numbers.AddRange(seed.Numbers);
        return result;
    }

    /// <summary>The file's entry: the index's when the file is unchanged (the same object), else a new one; null
    /// when it cannot be read (the check then sees no leaflet in it, as it would without the index).</summary>
    private static IndexEntry? Current(LeafletFile file, IndexEntry? old, CorpusIndexWorker local)
    {
        if (FileKind.SizeAndTime(file.FullPath) is not var (size, time)) return null;
        if (old is not null && size == old.Size && time == old.Time) return old;

        var (utf8, _) = SourceReader.ReadUtf8(file.FullPath, file.Directory);
        if (utf8 is null) return null;
        var hash = SHA256.HashData(utf8);
        if (old is not null && old.Hash.AsSpan().SequenceEqual(hash))
            return old with { Size = size, Time = time, Counts = null };

        var load = LeafletLoader.Load(SourceDocument.FromText(file.DisplayName, Encoding.UTF8.GetString(utf8)),
            local.Worker.Yaml);
        if (load.Leaflet is not { } leaflet) return new IndexEntry(size, time, hash, false, null);
        var number = LeafletFacts.Count(local.Counts, leaflet, local.Prose);
        return new IndexEntry(size, time, hash, true, number) { Counts = local.Encode() };
    }

    /// <summary>Adds (or takes away) word counts; a word used nowhere any more leaves the table.</summary>
    private static void Sum(Dictionary<string, int> table, IEnumerable<(string Word, int Count)> words, int sign)
    {
        foreach (var (word, count) in words)
        {
            var left = table.GetValueOrDefault(word) + (sign * count);
            if (left != 0) table[word] = left;
            else table.Remove(word);
        }
    }

    private static void Subtract(CorpusIndexFile index, IndexEntry entry) =>
        Sum(index.Words, index.WordsOf(entry), -1);
}
