using System.Globalization;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Dates;

/// <summary>What reading a date gave: the date, or why not and, where it can be guessed, the right form.</summary>
public sealed record DateParseResult(LeafletDate? Date, string? Problem, string? Suggestion);

/// <summary>Reads <c>YYYY-MM</c> and <c>YYYY-MM-DD</c>; recognises the forms editors write instead ("June 2023",
/// "01/06/2023").</summary>
public static partial class DateParser
{
    public static DateParseResult Parse(string text)
    {
        var value = text.Trim();
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return new(null, $"\"{value}\" is not a real date: there is no month {month}", null);
            }

            if (year < 1900)
            {
                return new(null, $"\"{value}\" is not a real date: the year {year} is too early for a leaflet", null);
            }

            if (!iso.Groups["d"].Success) return new(new LeafletDate(year, month, null), null, null);
            var day = int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture);
            return day >= 1 && day <= DateTime.DaysInMonth(year, month)
                ? new(new LeafletDate(year, month, day), null, null)
                : new(null,
                $"\"{value}\" is not a real date: {CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1]} "
                + $"{year} has {DateTime.DaysInMonth(year, month)} days", null);
        }

        return new(null, $"\"{value}\" is not a date in the form YYYY-MM or YYYY-MM-DD", Suggest(value));
    }

    /// <summary>The ISO form of a date written another way, if that is a real date.</summary>
    private static string? Suggest(string value) =>
        Rewrite(value) is { } iso && Parse(iso).Date is not null ? iso : null;

    private static string? Rewrite(string value)
    {
        var words = MonthYear().Match(value);
        if (words.Success && MonthNumber(words.Groups["month"].Value) is { } m)
        {
            var year = words.Groups["y"].Value;
            return words.Groups["d"].Success
                ? $"{year}-{m:D2}-{int.Parse(words.Groups["d"].Value, CultureInfo.InvariantCulture):D2}"
                : $"{year}-{m:D2}";
        }

        var slashes = UkNumeric().Match(value);
        if (slashes.Success)
        {
            var day = slashes.Groups["d"].Success ? int.Parse(slashes.Groups["d"].Value, CultureInfo.InvariantCulture)
                : 0;
            var month = int.Parse(slashes.Groups["m"].Value, CultureInfo.InvariantCulture);
            var year = slashes.Groups["y"].Value;
            if (month is >= 1 and <= 12)
            {
                return slashes.Groups["d"].Success && day > 0 ? $"{year}-{month:D2}-{day:D2}" : $"{year}-{month:D2}";
            }
        }

        var loose = LooseIso().Match(value);
        if (loose.Success)
        {
            var month = int.Parse(loose.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12)
            {
                var y = loose.Groups["y"].Value;
                return loose.Groups["d"].Success
                    ? $"{y}-{month:D2}-{int.Parse(loose.Groups["d"].Value, CultureInfo.InvariantCulture):D2}"
                    : $"{y}-{month:D2}";
            }
        }

        return null;
    }

    private static int? MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Length < 3) return null;
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            if (names[i].StartsWith(lower, StringComparison.OrdinalIgnoreCase) || (lower == "sept" && i == 8))
                return i + 1;
        }

        return null;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})(?:-(?<d>\d{2}))?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+)?(?<month>[A-Za-z]+)\.?,?\s+(?<y>\d{4})$")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})[/.])?(?<m>\d{1,2})[/.](?<y>\d{4})$")]
    private static partial Regex UkNumeric();

    [GeneratedRegex(@"^(?<y>\d{4})[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?$")]
    private static partial Regex LooseIso();
}
