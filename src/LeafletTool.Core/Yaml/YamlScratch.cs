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
}
