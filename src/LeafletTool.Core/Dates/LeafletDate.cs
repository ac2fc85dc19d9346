using System.Globalization;

namespace LeafletTool.Core.Dates;

/// <summary>
/// A published or review date: a month (<c>2026-06</c>) or a day (<c>2026-06-15</c>).
/// A month-only date is due by the end of that month.
/// </summary>
public readonly record struct LeafletDate(int Year, int Month, int? Day) : IComparable<LeafletDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>The first day the date covers: the day itself, or the 1st of the month.</summary>
    public DateOnly FirstDay => new(Year, Month, Day ?? 1);

    /// <summary>The last day the date covers: the day itself, or the last day of the month.</summary>
    public DateOnly LastDay => new(Year, Month, Day ?? DateTime.DaysInMonth(Year, Month));

    /// <summary>"June 2023", or "15 June 2023" when a day is given.</summary>
    public string Display => Day is { } d ? $"{d} {MonthNames[Month - 1]} {Year}" : $"{MonthNames[Month - 1]} {Year}";

    /// <summary>The form it is written in the source: <c>2023-06</c> or <c>2023-06-15</c>.</summary>
    public override string ToString() => Day is { } d ? $"{Year:D4}-{Month:D2}-{d:D2}" : $"{Year:D4}-{Month:D2}";

    public int CompareTo(LeafletDate other) => FirstDay.CompareTo(other.FirstDay);

    public static bool operator <(LeafletDate left, LeafletDate right) => left.CompareTo(right) < 0;

    public static bool operator <=(LeafletDate left, LeafletDate right) => left.CompareTo(right) <= 0;

    public static bool operator >(LeafletDate left, LeafletDate right) => left.CompareTo(right) > 0;

    public static bool operator >=(LeafletDate left, LeafletDate right) => left.CompareTo(right) >= 0;

    public static bool TryParse(string text, out LeafletDate date)
    {
        var parsed = DateParser.Parse(text).Date;
        date = parsed ?? default;
        return parsed is not null;
    }
}
