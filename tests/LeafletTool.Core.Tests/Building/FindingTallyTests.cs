using LeafletTool.Core.Building;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Formats.Diagnostics;

namespace LeafletTool.Core.Tests.Building;

/// <summary>
/// A build keeps a tally of its findings, not the findings: text output printed from the tally must be exactly what
/// it prints from every finding in report order, whatever order they arrive in and whatever is asked to be listed.
/// </summary>
public class FindingTallyTests
{
    private static readonly string[] Rules = ["spelling", "plain-words", "missing-field", "date-style", "a-rule"];

    /// <summary>Findings over a few files, with repeats (the same place, rule and message twice) and every
    /// severity.</summary>
    private static List<Diagnostic> Findings(int seed, int count)
    {
        var random = new Random(seed);
        var findings = new List<Diagnostic>();
        for (var i = 0; i < count; i++)
        {
            var (rule, file) = (random.Next(Rules.Length), random.Next(6));
            // A rule's severity is its folder's setting: the same in every finding of a file.
            var severity = (Severity)(1 + (rule + file) % 3);
            findings.Add(new Diagnostic(Rules[rule], severity, $"message {random.Next(3)}",
                $"leaflets/{(char)('a' + file)}.yaml", random.Next(1, 20), random.Next(1, 5)));
        }

        return findings;
    }

    public static TheoryData<int, int?, bool, bool> Cases()
    {
        var cases = new TheoryData<int, int?, bool, bool>();
        foreach (var count in (int[])[0, 1, 7, 150, 900])
        {
            foreach (var limit in (int?[])[null, 0, 1, 3, 200, 5000])
            {
                cases.Add(count, limit, false, false);
                cases.Add(count, limit, true, false);
                cases.Add(count, limit, false, true);
                cases.Add(count, limit, true, true);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Text_output_from_the_tally_is_text_output_from_every_finding(int count, int? limit, bool verbose,
        bool quiet)
    {
        var findings = Findings(count * 31 + (limit ?? 7), count);
        var sorted = findings.Order(Diagnostic.Order).ToList();
        var tally = new FindingTally(limit, verbose, quiet);
        // Out of order, in uneven pieces, as the threads of a build hand them over.
        var shuffled = findings.OrderBy(_ => Random.Shared.Next()).ToList();
        for (int at = 0, piece; at < shuffled.Count; at += piece)
        {
            piece = Random.Shared.Next(1, 9);
            tally.Add(shuffled.Skip(at).Take(piece).ToList());
        }

        var expected = Text(new DiagnosticReport(sorted, 6, verbose) { MaxFindings = limit, Quiet = quiet });
        var report = new DiagnosticReport(tally.Findings, 6, verbose) { MaxFindings = limit, Quiet = quiet };

        Assert.Equal(expected, Text(report));
        Assert.Equal(sorted.Count(f => f.Severity == Severity.Error), report.Errors);
    }

    [Fact]
    public void The_tally_keeps_no_more_findings_than_it_lists_when_there_is_a_limit()
    {
        var tally = new FindingTally(10, verbose: false, quiet: false);
        foreach (var finding in Findings(3, 5000)) tally.Add([finding]);

        var listed = tally.Findings.Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.InRange(listed, 10, 10 + 3 * Rules.Length);
        Assert.Equal(5000, tally.Findings.Count);
    }

    private static string Text(DiagnosticReport report)
    {
        var writer = new StringWriter();
        new TextFormatter().Write(report, writer);
        return writer.ToString();
    }
}
