using System.Text;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Importing;

/// <summary>
/// The reference formats seen in a batch of imported leaflets, and one <c>resource_number_pattern</c> (for
/// leaflettool.yaml) that matches them all: letters are kept as written, runs of digits become <c>\d+</c>, anything
/// else is escaped. "HEY1005/2021" and "HEY-013/2023" give <c>^(?:HEY\d+/\d+|HEY-\d+/\d+)$</c>.
/// </summary>
public static class ReferencePatterns
{
    /// <summary>The shape of one reference: "HEY1005/2021" gives <c>HEY\d+/\d+</c>.</summary>
    public static string Shape(string reference)
    {
        var pattern = new StringBuilder();
        var i = 0;
        while (i < reference.Length)
        {
            if (char.IsAsciiDigit(reference[i]))
            {
                while (i < reference.Length && char.IsAsciiDigit(reference[i])) i++;
                pattern.Append(@"\d+");
                continue;
            }

            pattern.Append(Regex.Escape(reference[i].ToString()));
            i++;
        }

        return pattern.ToString();
    }

    /// <summary>The formats (distinct shapes, in the order first seen), or none.</summary>
    public static IReadOnlyList<string> Formats(IEnumerable<string> references) =>
        references.Select(Shape).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>One pattern matching every reference given, or null when there are none.</summary>
    public static string? Pattern(IEnumerable<string> references)
    {
        var formats = Formats(references);
        return formats.Count switch
        {
            0 => null,
            1 => $"^{formats[0]}$",
            _ => $"^(?:{string.Join('|', formats)})$",
        };
    }
}
