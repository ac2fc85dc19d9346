using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Language.Prose;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Style;

/// <summary>
/// <c>number-range</c>: a range written with a hyphen or dash, "2-3 weeks", "2–3 weeks": write "2 to 3 weeks".
/// Left alone: times (<c>time-format</c>'s), dates, phone numbers and other runs of digit groups, years, codes
/// ("COVID-19"), money and addresses.
/// </summary>
public sealed partial class NumberRangeRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.NumberRange;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        var analysis = context.AnalysisOf(leaflet);
        foreach (var prose in analysis.Prose.Texts)
        {
            var value = prose.Value;
            if (value.AsSpan().IndexOfAny('-', '\u2013', '\u2014') < 0) continue;
            if (value.AsSpan().IndexOfAnyInRange('0', '9') < 0) continue;
            List<TimeProblem>? times = null;
            TextRangesCache hidden = default;
            foreach (Match m in Range().Matches(value))
            {
                var (a, b) = (m.Groups["a"].Value, m.Groups["b"].Value);
                if (IsPhoneOrCode(value, m.Index, a, b)) continue;
                if (StyleText.IsInAddress(value, m.Index, hidden.Of(value))) continue;
                times ??= TimeExpressions.Problems(value);
                if (times.Exists(t => t.Range.Start < m.Index + m.Length && m.Index < t.Range.Start + t.Range.Length))
                    continue;
                var suggestion = $"{a} to {b}";
                var message = $"'{m.Value}': write '{suggestion}'. A dash between numbers can be misread as a minus "
                    + "sign or missed, and 'to' is clearer (NHS content style guide).";
                bag.Report(Info, analysis.PositionOf(prose.Text, m.Index), message, suggestion);
            }
        }
    }

    /// <summary>A phone number ("0121 424-2000", "0800-123"), years ("2020-2021") or a code.</summary>
    private static bool IsPhoneOrCode(string value, int index, string a, string b)
    {
        if (a.Length >= 4 || b.Length >= 4) return true;
        if (a.Length >= 3 && a[0] == '0') return true;
        var i = index - 1;
        if (i >= 0 && value[i] == ' ') i--;
        return i >= 0 && char.IsDigit(value[i]);
    }

    [GeneratedRegex(@"(?<![\w.,:/£$€#+-])(?<a>\d+(?:\.\d+)?)(?:[-\u2013\u2014]| [-\u2013\u2014] ?|[-\u2013\u2014] )"
        + @"(?<b>\d+(?:\.\d+)?)(?!\d|[-\u2013\u2014/.:,]\d|\s?(?:am|pm|a\.m|p\.m)\b)")]
    private static partial Regex Range();
}
