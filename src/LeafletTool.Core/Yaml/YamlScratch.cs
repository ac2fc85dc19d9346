using System.Text;

namespace LeafletTool.Core.Yaml;

/// <summary>
/// What one worker's YAML reads reuse from file to file: the arrays of the lines of the text being read, a builder
/// for the text of values, and the shared strings of mapping keys. A leaflet has dozens of blocks and a few hundred
/// lines, and new ones for each read were about a third of what reading a leaflet allocated. Each worker of a check
/// holds one; it is not safe to share between threads, and a read given none makes its own.
/// </summary>
public sealed class YamlScratch
{
    /// <summary>Lines up to which the arrays are kept for the next text (a leaflet has a few hundred).</summary>
    private const int KeptLines = 16 * 1024;

    private int[]? keptStarts;
    private int[]? keptEnds;
    private int[]? keptIndents;

    internal KeyNames Keys { get; } = new();

    /// <summary>The buffer the last source read on demand was read into (<see cref="Validation.LeafletInput.Open(
    /// YamlScratch)"/>), for the next: at most the largest source's size.</summary>
    internal byte[]? SourceBytes { get; set; }

    private readonly List<List<KeyValuePair<YamlScalar, YamlNode>>> entries = [];
    private readonly List<List<YamlNode>> items = [];

    /// <summary>The list, emptied, that a mapping nested <paramref name="depth"/> deep gathers its entries in before
    /// they are copied into one of the right size (a list grown a few items at a time left two or three arrays
    /// behind for each of a leaflet's 60 or so lists and mappings).</summary>
    internal List<KeyValuePair<YamlScalar, YamlNode>> EntriesAt(int depth) => At(entries, depth);

    /// <summary>The list, emptied, that a list nested <paramref name="depth"/> deep gathers its items in.</summary>
    internal List<YamlNode> ItemsAt(int depth) => At(items, depth);

    /// <summary>A list of exactly the items of <paramref name="gathered"/>.</summary>
    internal static List<T> Exact<T>(List<T> gathered)
    {
        var exact = new List<T>(gathered.Count);
        exact.AddRange(gathered);
        return exact;
    }

    private static List<T> At<T>(List<List<T>> lists, int depth)
    {
        while (lists.Count <= depth) lists.Add([]);
        var list = lists[depth];
        list.Clear();
        return list;
    }

    /// <summary>The builder for the text of one scalar, emptied.</summary>
    internal StringBuilder ValueText() => valueText.Clear();

    private readonly StringBuilder valueText = new(1024);

    /// <summary>Arrays for at least <paramref name="lines"/> lines: the kept ones when large enough.</summary>
    internal (int[] Starts, int[] Ends, int[] Indents) LineArrays(int lines)
    {
        if (keptStarts is { } starts && starts.Length >= lines) return (starts, keptEnds!, keptIndents!);
        var size = Math.Max(lines, 256);
        (starts, var ends, var indents) = (new int[size], new int[size], new int[size]);
        if (size <= KeptLines) (keptStarts, keptEnds, keptIndents) = (starts, ends, indents);
        return (starts, ends, indents);
    }

    /// <summary>Arrays for twice <paramref name="lines"/> lines, with the starts and ends of the first
    /// <paramref name="lines"/> copied from the full ones given.</summary>
    internal (int[] Starts, int[] Ends, int[] Indents) GrowLineArrays(int[] starts, int[] ends, int lines)
    {
        var grown = LineArrays(2 * lines);
        starts.AsSpan(0, lines).CopyTo(grown.Starts);
        ends.AsSpan(0, lines).CopyTo(grown.Ends);
        return grown;
    }
}
