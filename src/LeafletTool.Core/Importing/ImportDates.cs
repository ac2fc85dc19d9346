using System.Text.RegularExpressions;
using LeafletTool.Core.Dates;

namespace LeafletTool.Core.Importing;

/// <summary>Dates as people write them ("February 2024", "Feb 2024", "02/2024", "12/02/2024", "12 February 2024",
/// "February 12th, 2024", "2024-02") in the leaflet's form, <c>YYYY-MM</c> (or <c>YYYY-MM-DD</c> when a day is
/// given); a date that cannot be read is kept as written, for validate to point at.</summary>
public static partial class ImportDates
{
    public static string? ToIso(string? value)
    {
        if (value is null) return null;
        var text = value.Trim().TrimEnd('.');
        var american = MonthDayYear().Match(text);
        if (american.Success)
            text = $"{american.Groups["d"].Value} {american.Groups["m"].Value} {american.Groups["y"].Value}";
        var shortYear = ShortYear().Match(text);
        if (shortYear.Success)
            text = $"{shortYear.Groups["d"].Value}/{shortYear.Groups["m"].Value}/20{shortYear.Groups["y"].Value}";
        if (Dashes().IsMatch(text)) text = text.Replace('-', '/');
        var parsed = DateParser.Parse(text);
        return parsed.Date?.ToString() ?? parsed.Suggestion ?? value.Trim();
    }

    [GeneratedRegex(@"^(?<m>[A-Za-z]+)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/.\-](?<m>\d{1,2})[/.\-](?<y>\d{2})$")]
    private static partial Regex ShortYear();

    [GeneratedRegex(@"^(?:\d{1,2}-)?\d{1,2}-\d{4}$")]
    private static partial Regex Dashes();
}
