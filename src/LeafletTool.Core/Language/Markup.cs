using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language;

/// <summary>
/// The only markup leaflet text has: <c>**strong**</c> (its asterisks are not letters, so nothing to do) and
/// links <c>[text](address)</c>, whose address is not prose: no word in it is counted, spelt or timed.
/// </summary>
public static class Markup
{
    /// <summary>The targets of the complete links of a text value, "(address)" included, in order: the same
    /// links the <c>link-format</c> rule sees (<see cref="InlineLinks"/>).</summary>
    public static List<TextRange> HiddenRanges(string text)
    {
        var ranges = new List<TextRange>();
        if (!text.Contains(']', StringComparison.Ordinal)) return ranges;
        foreach (var link in InlineLinks.Find(text))
        {
            if (link.Closed) ranges.Add(new TextRange(link.AddressStart - 1, link.Address.Length + 2));
        }

        return ranges;
    }

    /// <summary>Whether <paramref name="index"/> is inside a hidden range; if so, <paramref name="resume"/> is just past it.</summary>
    public static bool IsHidden(List<TextRange> ranges, int index, out int resume)
    {
        foreach (var range in ranges)
        {
            if (index >= range.Start && index < range.End)
            {
                resume = range.End;
                return true;
            }
        }

        resume = index;
        return false;
    }
}
