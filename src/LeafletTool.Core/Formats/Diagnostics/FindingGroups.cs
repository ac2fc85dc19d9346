using System.Globalization;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Core.Formats.Diagnostics;

/// <summary>
/// Text output when there are many findings: which to list (at most <see cref="DiagnosticReport.MaxFindings"/>,
/// errors before warnings before infos, each kept in file order), and a count by rule of each severity
/// ("3,412 warnings: 2,870 sentence-length, 512 spelling, …"), so a run of thousands of findings ends in a
/// summary a person can read instead of a screen that scrolled past.
/// </summary>
public static class FindingGroups
{
    /// <summary>Text output lists at most this many findings unless told otherwise (--max-findings, --verbose);
    /// above it the count by rule is shown too.</summary>
    public const int DefaultLimit = 200;

    private const int RulesNamed = 5;

    /// <summary>Which of <paramref name="findings"/> to list, in their order: the most severe first when not all
    /// fit.</summary>
    public static bool[] Listed(IReadOnlyList<Diagnostic> findings, int? max)
    {
        var listed = new bool[findings.Count];
        var room = max ?? int.MaxValue;
        foreach (var severity in (Severity[])[Severity.Error, Severity.Warning, Severity.Info])
        {
            for (var i = 0; i < findings.Count && room > 0; i++)
            {
                if (findings[i].Severity != severity) continue;
                listed[i] = true;
                room--;
            }
        }

        return listed;
    }

    /// <summary>The lines after the findings: one per severity, its count by rule, and what to do to see the
    /// rest. None when there are few findings and all were listed.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<Diagnostic> findings, bool[] listed, bool verbose)
    {
        var hidden = listed.Count(l => !l);
        if (hidden == 0 && findings.Count <= DefaultLimit) yield break;
        foreach (var severity in (Severity[])[Severity.Error, Severity.Warning, Severity.Info])
        {
            var rules = findings.Where(f => f.Severity == severity).GroupBy(f => f.Rule, StringComparer.Ordinal)
                .Select(g => (Rule: g.Key, Count: g.Count()))
                .OrderByDescending(r => r.Count).ThenBy(r => r.Rule, StringComparer.Ordinal).ToList();
            if (rules.Count == 0) continue;
            var total = rules.Sum(r => r.Count);
            var named = string.Join(", ", rules.Take(RulesNamed).Select(r => $"{Number(r.Count)} {r.Rule}"));
            var more = rules.Count > RulesNamed ? $", and {rules.Count - RulesNamed} more rules" : "";
            yield return $"{Count(total, severity.ToName())}: {named}{more}.";
        }

        if (hidden > 0)
        {
            var how = verbose ? "--max-findings N to list more" : "--verbose to list them all";
            yield return $"{Number(hidden)} of {Number(findings.Count)} findings not listed (errors are listed "
                + $"first); run with {how}.";
        }
    }

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{Number(n)} {what}s";

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
