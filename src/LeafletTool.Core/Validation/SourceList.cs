using System.Collections;
using System.Text;
using LeafletTool.Core.Config;

namespace LeafletTool.Core.Validation;

/// <summary>
/// Many sources read on demand (<see cref="LeafletInput.OnDemand"/>), kept compact for a check of a whole library:
/// about 55 bytes a source, where an input object and its name as a string were about 200 (20 MB kept through a build
/// of 100,000 leaflets). What sources share is kept once, in a group: the name's folder part, the reader, the
/// configuration and whether they were asked about; each source keeps its group, its file length, the rest of its name
/// as UTF-8 in pages shared by all, and its first read. Each item asked for is a new <see cref="LeafletInput"/> made
/// from these; the inputs made for one source share its first read, so a file saved between two passes of a check is
/// still caught. A check keeps no loaded leaflet for inputs of this list (<see cref="LeafletValidator"/>): they are
/// not the same object twice.
/// </summary>
public sealed class SourceList : IReadOnlyList<LeafletInput>
{
    private const int PageSize = 1 << 16;
    private readonly List<Group> groups = [];
    private readonly Dictionary<Group, int> groupNumbers = new(GroupComparer.Instance);
    private readonly List<byte[]> pages = [];
    private Source[] items;
    private long[] firstReads;
    private int pageUsed = PageSize;
    private bool allTargets = true;

    /// <param name="capacity">How many sources are coming, when known.</param>
    public SourceList(int capacity = 16)
    {
        items = new Source[Math.Max(capacity, 1)];
        firstReads = new long[items.Length];
    }

    public int Count { get; private set; }

    /// <summary>Adds a source named <paramref name="name"/>, of <paramref name="length"/> bytes, read by
    /// <paramref name="reader"/> under that name. Not safe to call from several threads.</summary>
    public void Add(string name, long length, LeafletInput.OnDemand reader, ProjectConfig config, bool isTarget)
    {
        var split = name.LastIndexOf('/') + 1;
        Add(name[..split], name.AsSpan(split), length, reader, config, isTarget);
    }

    /// <summary>Adds a source named <paramref name="folder"/> (empty, or ending in <c>/</c>) followed by
    /// <paramref name="rest"/> (no <c>/</c>), without making its name. Not safe to call from several
    /// threads.</summary>
    public void Add(string folder, ReadOnlySpan<char> rest, long length, LeafletInput.OnDemand reader,
        ProjectConfig config, bool isTarget)
    {
        if ((folder.Length > 0 && folder[^1] != '/') || rest.Contains('/'))
        {
            throw new ArgumentException("A source's folder part must end in '/' and the rest hold none.", nameof(rest));
        }

        var number = NumberOf(new Group(folder, reader, config, isTarget));
        if (Count == items.Length)
        {
            Array.Resize(ref items, 2 * Count);
            Array.Resize(ref firstReads, 2 * Count);
        }

        var (at, bytes) = Keep(rest);
        items[Count] = new Source(number, at, bytes, length);
        firstReads[Count] = -1;
        allTargets &= isTarget;
        Count++;
    }

    public LeafletInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            var item = items[index];
            var group = groups[item.Group];
            var page = pages[item.At / PageSize];
            var rest = page.AsSpan(item.At % PageSize, item.Bytes);
            var name = string.Create(group.Folder.Length + Encoding.UTF8.GetCharCount(rest), (group.Folder, page, item),
                static (chars, state) =>
                {
                    state.Folder.CopyTo(chars);
                    var rest = state.page.AsSpan(state.item.At % PageSize, state.item.Bytes);
                    Encoding.UTF8.GetChars(rest, chars[state.Folder.Length..]);
                });
            return LeafletInput.FromReader(name, item.Length, group.Reader, group.Config, group.IsTarget,
                firstReads, index);
        }
    }

    /// <summary>The sources asked about, in order: this list when all were, else a view of it.</summary>
    public IReadOnlyList<LeafletInput> Targets =>
        allTargets ? this : new View(this, Enumerable.Range(0, Count).Where(IsTarget).ToArray());

    /// <summary>The inputs asked about of <paramref name="inputs"/>, in order; of a source list, without making
    /// them.</summary>
    public static IReadOnlyList<LeafletInput> TargetsOf(IReadOnlyList<LeafletInput> inputs) =>
        inputs is SourceList list ? list.Targets : inputs.Where(i => i.IsTarget).ToList();

    public IEnumerator<LeafletInput> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The number of <paramref name="group"/>, added when new. Sources come a folder at a time: most share
    /// the last one's group.</summary>
    private int NumberOf(Group group)
    {
        var last = groups.Count - 1;
        if (last >= 0 && GroupComparer.Instance.Equals(groups[last], group)) return last;
        if (groupNumbers.TryGetValue(group, out var number)) return number;
        groups.Add(group);
        groupNumbers.Add(group, groups.Count - 1);
        return groups.Count - 1;
    }

    private bool IsTarget(int index) => groups[items[index].Group].IsTarget;

    /// <summary>Keeps the UTF-8 of <paramref name="rest"/> in the shared pages (a page of its own when it is
    /// longer than one); where it starts and its length.</summary>
    private (int At, int Bytes) Keep(ReadOnlySpan<char> rest)
    {
        var bytes = Encoding.UTF8.GetByteCount(rest);
        if (bytes > PageSize) throw new ArgumentException("A file name is longer than 64 KB.", nameof(rest));
        if (pageUsed + bytes > PageSize)
        {
            pages.Add(new byte[PageSize]);
            pageUsed = 0;
        }

        var page = pages.Count - 1;
        Encoding.UTF8.GetBytes(rest, pages[page].AsSpan(pageUsed));
        var at = checked((page * PageSize) + pageUsed);
        pageUsed += bytes;
        return (at, bytes);
    }

    private readonly record struct Group(string Folder, LeafletInput.OnDemand Reader, ProjectConfig Config,
        bool IsTarget);

    /// <summary>Groups are the same when their folders are equal and their readers and configurations are the same
    /// objects (a configuration's own equality would compare its every setting).</summary>
    private sealed class GroupComparer : IEqualityComparer<Group>
    {
        public static readonly GroupComparer Instance = new();

        public bool Equals(Group x, Group y) =>
            x.IsTarget == y.IsTarget && ReferenceEquals(x.Reader, y.Reader) && ReferenceEquals(x.Config, y.Config)
            && string.Equals(x.Folder, y.Folder, StringComparison.Ordinal);

        public int GetHashCode(Group group) => HashCode.Combine(
            string.GetHashCode(group.Folder, StringComparison.Ordinal),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(group.Reader),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(group.Config), group.IsTarget);
    }

    /// <summary>A source: its group's number, where the rest of its name is in the pages and how long, and its
    /// file's length.</summary>
    private readonly record struct Source(int Group, int At, int Bytes, long Length);

    /// <summary>Some of a list's sources, by their places in it.</summary>
    private sealed class View(SourceList list, int[] places) : IReadOnlyList<LeafletInput>
    {
        public int Count => places.Length;

        public LeafletInput this[int index] => list[places[index]];

        public IEnumerator<LeafletInput> GetEnumerator() => places.Select(p => list[p]).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
