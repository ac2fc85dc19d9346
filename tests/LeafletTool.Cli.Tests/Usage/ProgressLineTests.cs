using LeafletTool.Cli.Progress;
using Microsoft.Extensions.Time.Testing;

namespace LeafletTool.Cli.Tests.Usage;

/// <summary>The progress line, on a fake terminal with a fake clock: it shows within a second, updates every half
/// second, goes away when the work ends, and never appears off a terminal or in machine-readable output.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void On_a_terminal_it_shows_within_a_second_and_updates_each_half_second()
    {
        var (console, error, clock) = Terminal();
        using (var progress = ProgressLine.Start(console, "Checking", "Checked", "leaflets"))
        {
            Assert.NotNull(progress);
            progress.Total = 100;
            clock.Advance(TimeSpan.FromMilliseconds(500));
            Assert.Equal("\rChecking 100 leaflets...\u001b[K", error.ToString());
            for (var i = 0; i < 10; i++) progress.Advance();
            clock.Advance(TimeSpan.FromMilliseconds(500));
            // 9 more in the half second since the first: 18 a second, 90 to go.
            Assert.EndsWith("\rChecked 10 of 100 leaflets, 18 a second, about 5 s left\u001b[K", error.ToString(),
                StringComparison.Ordinal);
            for (var i = 0; i < 10; i++) progress.Advance();
            clock.Advance(TimeSpan.FromMilliseconds(500));
            // 19 more in the second since the first: 19 a second, 80 to go.
            Assert.EndsWith("\rChecked 20 of 100 leaflets, 19 a second, about 5 s left\u001b[K", error.ToString(),
                StringComparison.Ordinal);
        }

        Assert.EndsWith("\r\u001b[K", error.ToString(), StringComparison.Ordinal);
        var draws = error.ToString().Split('\r').Count(d => d.Contains("leaflets", StringComparison.Ordinal));
        Assert.Equal(3, draws);
    }

    [Fact]
    public void Nothing_is_drawn_before_half_a_second_or_after_the_end()
    {
        var (console, error, clock) = Terminal();
        var progress = ProgressLine.Start(console, "Checking", "Checked", "leaflets")!;
        clock.Advance(TimeSpan.FromMilliseconds(400));
        Assert.Equal("", error.ToString());
        progress.Dispose();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Off_a_terminal_or_when_not_wanted_there_is_none()
    {
        var (console, _, _) = Terminal();
        Assert.Null(ProgressLine.Start(console with { ErrorIsTerminal = false }, "Checking", "Checked", "leaflets"));
        Assert.Null(ProgressLine.Start(console, "Checking", "Checked", "leaflets", wanted: false));
    }

    [Fact]
    public void In_CI_it_is_a_plain_line_every_ten_seconds()
    {
        var (terminal, error, clock) = Terminal();
        var console = terminal with { ErrorIsTerminal = false, Environment = n => n == "CI" ? "true" : null };
        using var progress = ProgressLine.Start(console, "Building", "Built", "leaflets")!;
        progress.Total = 10;
        progress.Advance();
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal("", error.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Built 1 of 10 leaflets\n", error.ToString());
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("\r", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, -1, 0, "Reading the leaflets...")]
    [InlineData(0, 2000, 0, "Checking 2,000 leaflets...")]
    [InlineData(1, 2000, 0.2, "Checked 1 of 2,000 leaflets")]
    [InlineData(1001, 2000, 2, "Checked 1,001 of 2,000 leaflets, 500 a second, about 2 s left")]
    [InlineData(101, 10000, 100, "Checked 101 of 10,000 leaflets, 1.0 a second, about 2.7 h left")]
    [InlineData(2000, 2000, 4, "Checked 2,000 of 2,000 leaflets, 500 a second")]
    public void The_words_say_how_many_how_fast_and_how_long(int done, int total, double seconds, string expected) =>
        Assert.Equal(expected,
            ProgressLine.Describe("Checking", "Checked", "leaflets", done, total, TimeSpan.FromSeconds(seconds)));

    private static (CliConsole Console, StringWriter Error, FakeTimeProvider Clock) Terminal()
    {
        var error = new StringWriter { NewLine = "\n" };
        var clock = new FakeTimeProvider(CliRunner.DefaultNow);
        var console = new CliConsole(new StringWriter(), error, true, _ => null, clock, Path.GetTempPath())
        {
            ErrorIsTerminal = true,
        };
        return (console, error, clock);
    }
}
