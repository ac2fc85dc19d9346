using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace LeafletTool.Cli.Tests.Usage;

/// <summary>LEAFLET_STATS's second line: the wall time of each phase of a build, each measured from the end of the
/// one before.</summary>
public sealed class PhaseTimesTests
{
    [Fact]
    public void Each_phase_runs_from_the_end_of_the_one_before()
    {
        var clock = new FakeTimeProvider(CliRunner.DefaultNow);
        var phases = new PhaseTimes(clock);
        Assert.Null(phases.Summary());
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        phases.End("read");
        clock.Advance(TimeSpan.FromMilliseconds(250));
        phases.End("corpus");
        Assert.Equal("read 1.50 s, corpus 0.25 s", phases.Summary());
    }

    [Fact]
    public void A_build_marks_its_phases_in_order_and_the_statistics_print_them()
    {
        using var folder = new TempFolder();
        folder.Write("leaflets/wound-care.yaml", ValidLeaflet.Yaml);
        var clock = new FakeTimeProvider(CliRunner.DefaultNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(10) };
        var console = new CliConsole(new StringWriter(), new StringWriter(), false, _ => null, clock, folder.Path);
        Assert.Equal(0, LeafletCli.Run(["build", "leaflets", "-o", "site", "--as-of", "2026-11-23"], console));
        Assert.Matches(
            new Regex(@"^read \d+\.\d\d s, corpus \d+\.\d\d s, check and render \d+\.\d\d s, index \d+\.\d\d s, "
                      + @"finish \d+\.\d\d s$"),
            console.Phases.Summary());

        var error = new StringWriter();
        RunStatistics.WriteIfAsked(error, name => name == "LEAFLET_STATS" ? "1" : null, console.Phases);
        var lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("leaflet: stats: wall ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"leaflet: phases: {console.Phases.Summary()}", lines[1]);
    }

    [Fact]
    public void Without_LEAFLET_STATS_nothing_is_printed()
    {
        var phases = new PhaseTimes(new FakeTimeProvider());
        phases.End("read");
        var error = new StringWriter();
        RunStatistics.WriteIfAsked(error, _ => null, phases);
        Assert.Equal("", error.ToString());
    }
}
