using System.Globalization;
using System.Text.RegularExpressions;
using LeafletTool.Core.Markup;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Language.Prose;

/// <summary>A time or range of times not written in the NHS style, where it is in the value, and how to write
/// it.</summary>
public sealed record TimeProblem(TextRange Range, string Written, string Suggestion, bool IsRange);

/// <summary>
/// Finds times not written the NHS way: the 12-hour clock with am or pm and no space ("9am", "5.30pm"),
/// "midday" and "midnight" rather than 12pm and 12am, and "to" in ranges ("9am to 5pm"). Catches the
/// 24-hour clock ("17:00", "09.00", "1730hrs"), "9.00am", "9 am", "5PM", "5 p.m.", "12pm", "12 noon" and
/// dashed ranges ("9am-5pm", "9-5pm", "09:00–17:00"). A ratio such as 1:10 or a decimal such as 2.30 is not a time.
/// </summary>
public static partial class TimeExpressions
{
    public static List<TimeProblem> Problems(string text)
    {
        var problems = new List<TimeProblem>();
        // Most values have no time at all: a scan that allocates nothing says so before any match is made.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') || !Pattern().IsMatch(text)) return problems;
        var hidden = MarkupRanges.HiddenRanges(text);
        var times = new List<Time>();
        foreach (Match match in Pattern().Matches(text))
        {
            if (!MarkupRanges.IsHidden(hidden, match.Index, out _) && Read(match) is { } time) times.Add(time);
        }

        var inRange = new HashSet<int>();
        for (var k = 0; k < times.Count; k++)
        {
            var end = times[k];
            var dash = DashBefore(text, end.Start);
            if (dash < 0) continue;
            // The bare hour is at most five characters ("12.30") and the character before it: a window of ten
            // characters before the dash finds what a match over all the text before it would, without reading it
            // all again for every time (a paragraph of 20,000 times took 50 s).
            var window = Math.Max(0, dash - 10);
            Time? start = k > 0 && times[k - 1].End == dash ? times[k - 1]
                : BareHour(BareBefore().Match(text, window, dash - window), end);
            if (start is null) continue;
            if (k > 0 && ReferenceEquals(start, times[k - 1])) inRange.Add(k - 1);
            inRange.Add(k);
            var written = text[start.Start..end.End];
            problems.Add(new TimeProblem(new TextRange(start.Start, end.End - start.Start), written,
                $"{Canonical(start)} to {Canonical(end)}", IsRange: true));
        }

        for (var k = 0; k < times.Count; k++)
        {
            var time = times[k];
            var canonical = Canonical(time);
            if (inRange.Contains(k) || time.Written == canonical) continue;
            problems.Add(
                new TimeProblem(new TextRange(time.Start, time.End - time.Start), time.Written, canonical,
                IsRange: false));
        }

        problems.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
        return problems;
    }

    /// <summary>The NHS way to write a time: "9am", "5.30pm", "midday", "midnight", "12.30am".</summary>
    public static string Canonical(int hour24, int minute)
    {
        if (minute == 0 && hour24 % 24 == 12) return "midday";
        if (minute == 0 && hour24 % 24 == 0) return "midnight";
        var hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
        var meridiem = hour24 % 24 < 12 ? "am" : "pm";
        return minute == 0 ? $"{hour12}{meridiem}" : $"{hour12}.{minute:00}{meridiem}";
    }

    private static string Canonical(Time time) => Canonical(time.Hour24, time.Minute);

    private static Time? Read(Match match)
    {
        if (match.Groups["noon"].Success)
        {
            var midnight = match.Value.EndsWith("midnight", StringComparison.OrdinalIgnoreCase);
            return new Time(match.Index, match.Length, match.Value, midnight ? 0 : 12, 0, HasMeridiem: true);
        }

        var hourText = match.Groups["h"].Value;
        var hour = int.Parse(hourText, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59) return null;
        if (match.Groups["mer"].Success)
        {
            if (hour is 0 or > 12) return null;
            var pm = char.ToLowerInvariant(match.Groups["mer"].Value[0]) == 'p';
            return new Time(match.Index, match.Length, match.Value, hour % 12 + (pm ? 12 : 0), minute,
                HasMeridiem: true);
        }

        if (hour > 24 || (hour == 24 && minute > 0)) return null;
        var twoDigits = hourText.Length == 2;
        var isTime = match.Groups["hrs"].Success
            || (match.Groups["sep"].Value == ":" && (twoDigits || minute % 15 == 0))
            || (match.Groups["sep"].Value == "." && (hourText[0] == '0' || hour >= 13) && minute % 5 == 0);
        return isTime ? new Time(match.Index, match.Length, match.Value, hour % 24, minute, HasMeridiem: false) : null;
    }

    /// <summary>The "9" of "9-5pm": a bare hour before a dash, am or pm by the time after it.</summary>
    private static Time? BareHour(Match dash, Time end)
    {
        if (!dash.Success) return null;
        var hour = int.Parse(dash.Groups["bare"].Value, CultureInfo.InvariantCulture);
        var minute = dash.Groups["bm"].Success ? int.Parse(dash.Groups["bm"].Value, CultureInfo.InvariantCulture) : 0;
        if (minute > 59) return null;
        int hour24;
        if (!end.HasMeridiem)
        {
            if (hour > 23) return null;
            hour24 = hour;
        }
        else
        {
            if (hour is 0 or > 12) return null;
            var endHour12 = end.Hour24 % 12 == 0 ? 12 : end.Hour24 % 12;
            var samePart = hour % 12 <= endHour12 % 12 || (hour == 12 && end.Hour24 >= 12);
            var pm = end.Hour24 >= 12 ? samePart : !samePart;
            hour24 = hour % 12 + (pm ? 12 : 0);
        }

        var start = dash.Groups["bare"].Index;
        return new Time(start,
            dash.Groups["bm"].Success ? dash.Groups["bm"].Index + 2 - start : dash.Groups["bare"].Length, "", hour24,
            minute, HasMeridiem: false);
    }

    private sealed record Time(int Start, int Length, string Written, int Hour24, int Minute, bool HasMeridiem)
    {
        public int End => Start + Length;
    }

    [GeneratedRegex(
        @"(?<![\w.:/£$,])(?:(?<h>\d{1,2})(?:(?<sep>[:.])(?<m>\d{2}))?[ \u00A0]?(?<mer>[aApP]\.[ ]?[mM]\.|"
        + @"[aApP][mM])(?![A-Za-z])|(?<h>\d{1,2})(?<sep>:)(?<m>\d{2})(?:[ ]?(?<hrs>hrs|hours|hr|"
        + @"h)(?![A-Za-z]))?(?![\d:])|(?<h>\d{2})(?<m>\d{2})[ ]?(?<hrs>hrs|hours|hr|h)(?![A-Za-z])|"
        + @"(?<h>\d{1,2})(?<sep>\.)(?<m>\d{2})[ ]?(?<hrs>hrs|hours|hr|h)(?![A-Za-z])|"
        + @"(?<h>\d{2})(?<sep>\.)(?<m>\d{2})(?![\d.]|[.]\d)|(?<noon>12[ ]?(?:noon|midday|"
        + @"midnight))(?![A-Za-z]))")]
    private static partial Regex Pattern();

    /// <summary>Where a dash (with any spaces around it) that ends just before <paramref name="end"/> starts, or -1:
    /// the " - " of "9am - 5pm". Read backwards from <paramref name="end"/>, so it costs only the characters it
    /// looks at.</summary>
    private static int DashBefore(string text, int end)
    {
        if (end > 0 && text[end - 1] == '\n') end--;
        var at = end;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0') at--;
        if (at == 0 || text[at - 1] is not ('-' or '\u2013' or '\u2014')) return -1;
        at--;
        while (at > 0 && text[at - 1] is ' ' or '\u00A0') at--;
        return at;
    }

    [GeneratedRegex(@"(?<![\w.:/£$,])(?<bare>\d{1,2})(?:[.:](?<bm>\d{2}))?$")]
    private static partial Regex BareBefore();
}
