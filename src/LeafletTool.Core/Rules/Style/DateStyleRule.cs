using System.Globalization;
using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>date-style</c>: a date in prose not in the NHS style "6 August 2026": "6th August", "6th of August",
/// "August 6", "August 6th, 2026", "06/08/2026" (read day first, as in the UK). Times, phone numbers, resource
/// numbers, fractions and addresses are left alone; a numeric date must be a real day and month.
/// </summary>
public sealed partial class DateStyleRule : ILeafletRule
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November"
        + "|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public RuleInfo Info => RuleCatalogue.DateStyle;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            var value = prose.Value;
            if (value.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            TextRangesCache hidden = default;
            foreach (var (index, written, suggestion) in Dates(value))
            {
                if (StyleText.IsInAddress(value, index, hidden.Of(value))) continue;
                var message = $"'{written}': write '{suggestion}'. Dates are clearest as day, month in words and "
                    + "year, with no 'th' (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, index), message, suggestion);
            }
        }
    }

    /// <summary>Every date not in the NHS style, with the NHS form, in order.</summary>
    internal static IEnumerable<(int Index, string Written, string Suggestion)> Dates(string value)
    {
        var found = new List<(int, string, string)>();
        if (HasOrdinal(value))
        {
            foreach (Match m in DayFirst().Matches(value)) found.Add((m.Index, m.Value.TrimEnd(), Nhs(m)));
        }

        if (HasMonth(value))
        {
            foreach (Match m in MonthFirst().Matches(value)) found.Add((m.Index, m.Value, Nhs(m)));
        }

        if (HasNumeric(value)) AddNumeric(value, found);
        found.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return found;
    }

    private static void AddNumeric(string value, List<(int, string, string)> found)
    {
        foreach (Match m in Numeric().Matches(value))
        {
            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(m.Groups["month"].Value, CultureInfo.InvariantCulture);
            var year = m.Groups["year"].Value;
            if (m.Groups["sep"].Value != "/" && year.Length != 4) continue;
            if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2024, month)) continue;
            if (year.Length == 2) year = "20" + year;
            var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
            found.Add((m.Index, m.Value, $"{day} {name} {year}"));
        }
    }

    // Scans that rule out most values before an expression reads them: each asks for something every match of its
    // expression has.

    /// <summary>A digit followed by "st", "nd", "rd" or "th", as every <see cref="DayFirst"/> date has.</summary>
    private static bool HasOrdinal(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAnyInRange('0', '9'); i >= 0 && i + 2 < value.Length;)
        {
            if (value.Slice(i + 1, 2) is "st" or "nd" or "rd" or "th") return true;
            var next = value[(i + 1)..].IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    /// <summary>The first three letters of a month's name, as every <see cref="MonthFirst"/> date has.</summary>
    private static bool HasMonth(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAny(MonthInitials); i >= 0 && i + 2 < value.Length;)
        {
            if (value.Slice(i, 3) is "Jan" or "Feb" or "Mar" or "Apr" or "May" or "Jun" or "Jul" or "Aug" or "Sep"
                or "Oct" or "Nov" or "Dec") return true;
            var next = value[(i + 1)..].IndexOfAny(MonthInitials);
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> MonthInitials =
        System.Buffers.SearchValues.Create("JFMASOND");

    /// <summary>A "/", "." or "-" between two digits, as every <see cref="Numeric"/> date has.</summary>
    private static bool HasNumeric(ReadOnlySpan<char> value)
    {
        for (var i = value.IndexOfAny('/', '.', '-'); i >= 0 && i + 1 < value.Length;)
        {
            if (i > 0 && char.IsDigit(value[i - 1]) && char.IsDigit(value[i + 1])) return true;
            var next = value[(i + 1)..].IndexOfAny('/', '.', '-');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return false;
    }

    private static string Nhs(Match m)
    {
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        var month = FullMonth(m.Groups["month"].Value);
        var year = m.Groups["year"].Success ? " " + m.Groups["year"].Value : "";
        return $"{day} {month}{year}";
    }

    private static string FullMonth(string written)
    {
        foreach (var name in CultureInfo.InvariantCulture.DateTimeFormat.MonthNames)
        {
            if (name.Length > 0 && name.StartsWith(written[..3], StringComparison.Ordinal)) return name;
        }

        return written;
    }

    [GeneratedRegex(@"(?<![\w./-])(?<day>[1-9]|[12][0-9]|3[01]|0[1-9])(?:st|nd|rd|th)(?:\s+of)?\s+(?<month>"
        + Months + @")\b(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"\b(?<month>" + Months + @")\.?\s+(?<day>[1-9]|[12][0-9]|3[01]|0[1-9])(?:st|nd|rd|th)?"
        + @"(?![\w:.]\w|\w)(?:,?\s+(?<year>(?:19|20)\d\d)\b)?")]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"(?<![\w./:-])(?<day>\d{1,2})(?<sep>[/.-])(?<month>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})"
        + @"(?![\w/.-]?\d|\w)")]
    private static partial Regex Numeric();
}
