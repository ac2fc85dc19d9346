using LeafletTool.Core.Text;

namespace LeafletTool.Core.Markup;

/// <summary>
/// The only markup leaflet text has: <c>**strong**</c> (its asterisks are not letters, so nothing to do) and
/// links <c>[text](address)</c>, whose address is not prose: no word in it is counted, spelt or timed.
/// </summary>
public static class MarkupRanges
{
    /// <summary>The targets of the complete links of a text value, "(address)" included, in order: the same
    /// links the <c>link-format</c> rule sees (<see cref="InlineLinks"/>).</summary>
    /// <remarks>Most values have no link: they get the one empty array, so nothing is allocated for them.</remarks>
    public static TextRange[] HiddenRanges(string text)
    {
        if (!text.Contains(']', StringComparison.Ordinal)) return [];
        var ranges = new List<TextRange>();
        foreach (var link in InlineLinks.Find(text))
        {
            if (link.Closed) ranges.Add(new TextRange(link.AddressStart - 1, link.Address.Length + 2));
        }

        return [.. ranges];
    }

    /// <summary>Whether <paramref name="index"/> is inside a hidden range; if so, <paramref name="resume"/> is
    /// just past it. The ranges are in order and apart, so a binary search finds the one that could hold it: asked
    /// for every character of a paragraph of 26,000 links, a scan of all the ranges took 6 s.</summary>
    public static bool IsHidden(ReadOnlySpan<TextRange> ranges, int index, out int resume)
    {
        var (low, high) = (0, ranges.Length - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var range = ranges[middle];
            if (index < range.Start) high = middle - 1;
            else if (index >= range.End) low = middle + 1;
            else
            {
                resume = range.End;
                return true;
            }
        }

        resume = index;
        return false;
    }
}
