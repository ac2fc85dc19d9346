using System.Runtime.InteropServices;
using System.Text;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The output folder's record while a build runs: each file's name and hash (<see cref="FileHash"/>), safe to use
/// from any thread. Kept compact, as a build of 100,000 leaflets records 300,000 files: a name is kept as one byte a
/// character when every character is below 256 (else two), in pages of 64 KB shared by all the names, with its entry
/// (where its name is, its hash code) in pages of entries and a table of entry numbers to find it; no string or node
/// per file (about 100 bytes a file instead of 170 in a concurrent dictionary). The hashes are kept apart
/// (<see cref="FileHashes"/>): the build's own record keeps most of them in a temporary file, about 40 bytes a file
/// less. Names compare ordinally, as strings do.
/// </summary>
/// <param name="hashes">Where the hashes are kept: in memory when not given.</param>
public sealed class FileRecord(FileHashes? hashes = null) : IDisposable
{
    private const int NamePage = 1 << 16;
    private const int EntryPageBits = 10;
    private const int EntryPage = 1 << EntryPageBits;
    private readonly object gate = new();
    private readonly List<byte[]> names = [];
    private readonly List<Entry[]> entries = [];
    private readonly FileHashes hashes = hashes ?? new FileHashes.InMemory();
    private int[] slots = new int[64];
    private int nameUsed;
    private int count;

    /// <summary>How many files.</summary>
    public int Count => Volatile.Read(ref count);

    public bool IsEmpty => Count == 0;

    /// <summary>Records <paramref name="name"/> with <paramref name="hash"/>, replacing its hash when it is there;
    /// true when it was there already.</summary>
    public bool Set(ReadOnlySpan<char> name, FileHash hash)
    {
        var code = string.GetHashCode(name, StringComparison.Ordinal);
        lock (gate)
        {
            var slot = Find(name, code);
            if (slots[slot] != 0)
            {
                hashes.Set(slots[slot] - 1, hash);
                return true;
            }

            if (4 * (count + 1) > 3 * slots.Length)
            {
                Grow();
                slot = Find(name, code);
            }

            if ((count & (EntryPage - 1)) == 0) entries.Add(new Entry[EntryPage]);
            ref var entry = ref At(count);
            entry.Name(Keep(name, out var wide), name.Length, wide);
            entry.Code = code;
            hashes.Set(count, hash);
            slots[slot] = ++count;
            return false;
        }
    }

    public bool ContainsKey(ReadOnlySpan<char> name)
    {
        var code = string.GetHashCode(name, StringComparison.Ordinal);
        lock (gate) return slots[Find(name, code)] != 0;
    }

    /// <summary>The hash recorded for <paramref name="name"/>, if any.</summary>
    public bool TryGetValue(string name, out FileHash hash)
    {
        var code = string.GetHashCode(name, StringComparison.Ordinal);
        lock (gate)
        {
            var found = slots[Find(name, code)];
            hash = found == 0 ? default : hashes.Get(found - 1);
            return found != 0;
        }
    }

    /// <summary>
    /// Every file, in the ordinal order of the names, each name given in <paramref name="visit"/>'s span (valid only
    /// during the call). Not while files are being added.
    /// </summary>
    public void ForEachInOrder(NameVisitor visit)
    {
        var order = new int[count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, Compare);
        Span<char> buffer = stackalloc char[256];
        foreach (var i in order)
        {
            ref var entry = ref At(i);
            var name = entry.NameLength <= buffer.Length ? buffer[..entry.NameLength] : new char[entry.NameLength];
            Decode(entry, name);
            visit(name, hashes.Get(i));
        }
    }

    /// <summary>Gets a name, as characters, with its hash.</summary>
    public delegate void NameVisitor(ReadOnlySpan<char> name, FileHash hash);

    /// <summary>The files of this record that <paramref name="other"/> does not hold, with their hashes, in the order
    /// they were recorded: a string is made for each of these only (at the end of a build, the files of the last
    /// build not written again, usually none of 300,000). Not while files are being added.</summary>
    public List<KeyValuePair<string, FileHash>> Except(FileRecord other)
    {
        var missing = new List<KeyValuePair<string, FileHash>>();
        Span<char> buffer = stackalloc char[256];
        for (var i = 0; i < count; i++)
        {
            var entry = At(i);
            var name = entry.NameLength <= buffer.Length ? buffer[..entry.NameLength] : new char[entry.NameLength];
            Decode(entry, name);
            if (!other.ContainsKey(name)) missing.Add(KeyValuePair.Create(name.ToString(), hashes.Get(i)));
        }

        return missing;
    }

    /// <summary>Every file as a name (a new string each) and its hash, in the order they were recorded.</summary>
    public IEnumerable<KeyValuePair<string, FileHash>> Pairs()
    {
        for (var i = 0; i < count; i++)
        {
            var entry = At(i);
            yield return KeyValuePair.Create(string.Create(entry.NameLength, entry, (into, e) => Decode(e, into)),
                hashes.Get(i));
        }
    }

    /// <summary>Lets go of the hashes' temporary file, if they have one.</summary>
    public void Dispose() => hashes.Dispose();

    private ref Entry At(int index) => ref entries[index >> EntryPageBits][index & (EntryPage - 1)];

    /// <summary>The slot of <paramref name="name"/>, or the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> name, int code)
    {
        var mask = slots.Length - 1;
        for (var slot = code & mask; ; slot = (slot + 1) & mask)
        {
            var found = slots[slot];
            if (found == 0) return slot;
            ref var entry = ref At(found - 1);
            if (entry.Code == code && entry.NameLength == name.Length && Same(entry, name)) return slot;
        }
    }

    private void Grow()
    {
        slots = new int[slots.Length * 2];
        var mask = slots.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var slot = At(i).Code & mask;
            while (slots[slot] != 0) slot = (slot + 1) & mask;
            slots[slot] = i + 1;
        }
    }

    /// <summary>Keeps the name's characters in the pages; where they start (page and place).</summary>
    private int Keep(ReadOnlySpan<char> name, out bool wide)
    {
        wide = name.ContainsAnyExceptInRange('\0', '\u00ff');
        var length = wide ? 2 * name.Length : name.Length;
        if (names.Count == 0 || nameUsed + length > names[^1].Length)
        {
            names.Add(new byte[Math.Max(NamePage, length)]);
            nameUsed = 0;
        }

        var page = names[^1].AsSpan(nameUsed, length);
        if (wide) MemoryMarshal.AsBytes(name).CopyTo(page);
        else Encoding.Latin1.GetBytes(name, page);
        var at = ((names.Count - 1) << 16) | nameUsed;
        nameUsed += length;
        return at;
    }

    private bool Same(in Entry entry, ReadOnlySpan<char> name)
    {
        var bytes = Bytes(entry);
        if (entry.Wide) return MemoryMarshal.Cast<byte, char>(bytes).SequenceEqual(name);
        for (var i = 0; i < name.Length; i++)
        {
            if (bytes[i] != name[i]) return false;
        }

        return true;
    }

    private void Decode(in Entry entry, Span<char> into)
    {
        var bytes = Bytes(entry);
        if (entry.Wide) MemoryMarshal.Cast<byte, char>(bytes).CopyTo(into);
        else Encoding.Latin1.GetChars(bytes, into);
    }

    private ReadOnlySpan<byte> Bytes(in Entry entry) =>
        names[entry.NameAt >>> 16].AsSpan(entry.NameAt & 0xffff, entry.Wide ? 2 * entry.NameLength : entry.NameLength);

    private int Compare(int a, int b)
    {
        ref var x = ref At(a);
        ref var y = ref At(b);
        if (!x.Wide && !y.Wide) return Bytes(x).SequenceCompareTo(Bytes(y));
        Span<char> left = new char[x.NameLength];
        Span<char> right = new char[y.NameLength];
        Decode(x, left);
        Decode(y, right);
        return left.SequenceCompareTo(right);
    }

    /// <summary>Where a name is (page and place), how long, and its hash code (the file's hash is kept apart:
    /// <see cref="FileHashes"/>); a name with a character above 255 (two bytes a character) has its length
    /// negated.</summary>
    private struct Entry
    {
        public int NameAt;
        private int length;
        public int Code;

        public readonly int NameLength => Math.Abs(length);

        public bool Wide
        {
            readonly get => length < 0;
            set => length = value ? -Math.Abs(length) : Math.Abs(length);
        }

        public void Name(int at, int characters, bool wide) => (NameAt, length) = (at, wide ? -characters : characters);
    }
}
