namespace LeafletTool.Cli.Progress;

/// <summary>
/// A progress line on standard error for long work: "Checking 1,234 of 10,000 leaflets, 812 a second, about 11 s
/// left". On a terminal it is one line, redrawn in place every half second from the first half second on, and
/// erased when the work ends (or before anything else is printed: <see cref="WriteAbove"/>). In CI (the CI
/// variable set) it is a plain line every 10 seconds instead. Elsewhere (standard error sent to a file or a pipe,
/// machine-readable output, --quiet) there is none: <see cref="Start"/> gives null. Counting is one interlocked
/// add; the drawing is done by a timer of the console's clock.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    /// <summary>How often the line is redrawn on a terminal; the first drawing comes after one period.</summary>
    public static readonly TimeSpan TerminalPeriod = TimeSpan.FromMilliseconds(500);

    /// <summary>How often a plain line is written in CI.</summary>
    public static readonly TimeSpan CiPeriod = TimeSpan.FromSeconds(10);

    private readonly Lock gate = new();
    private readonly TextWriter error;
    private readonly TimeProvider clock;
    private readonly bool plain;
    private readonly string verb;
    private readonly string doing;
    private readonly string unit;
    private readonly ITimer timer;
    private long firstDone;
    private int done;
    private int total = -1;
    private bool drawn;
    private bool stopped;

    private ProgressLine(TextWriter error, TimeProvider clock, bool plain, string doing, string verb, string unit)
    {
        this.doing = doing;
        this.error = error;
        this.clock = clock;
        this.plain = plain;
        this.verb = verb;
        this.unit = unit;
        var period = plain ? CiPeriod : TerminalPeriod;
        timer = clock.CreateTimer(_ => Draw(), null, period, period);
    }

    /// <summary>A progress line for this console, or null when none is wanted: <paramref name="wanted"/> is false
    /// (machine-readable output, --quiet), or standard error is not a terminal and CI is not set.</summary>
    public static ProgressLine? Start(CliConsole console, string doing, string verb, string unit,
        bool wanted = true)
    {
        if (!wanted) return null;
        var ci = !string.IsNullOrEmpty(console.Environment("CI"));
        if (!ci && !console.ErrorIsTerminal) return null;
        return new ProgressLine(console.Error, console.Clock, ci, doing, verb, unit);
    }

    /// <summary>How many there are to do; until it is set the line says only what is being read.</summary>
    public int Total
    {
        set => Volatile.Write(ref total, value);
    }

    /// <summary>One more done. Safe from any thread.</summary>
    public void Advance()
    {
        if (Interlocked.Increment(ref done) == 1) Volatile.Write(ref firstDone, clock.GetTimestamp());
        _ = clock.GetUtcNow(); // lets a test clock that moves on each reading fire the timer
    }

    /// <summary>Erases the line, runs <paramref name="write"/> (which prints something), and lets the next tick draw
    /// the line again below it.</summary>
    public void WriteAbove(Action write)
    {
        lock (gate)
        {
            Erase();
            write();
        }
    }

    /// <summary>Stops the timer and erases the line.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            stopped = true;
            Erase();
        }

        timer.Dispose();
    }

    /// <summary>The words of the line: what is done of how many, how fast (since the first was done: the work
    /// before it, such as reading, would make the rate too low), and how long is left.</summary>
    public static string Describe(string doing, string verb, string unit, int done, int total, TimeSpan sinceFirst)
    {
        if (total < 0) return $"Reading the {unit}...";
        if (done == 0) return $"{doing} {ProgressWords.Number(total)} {unit}...";
        var text = $"{verb} {ProgressWords.Number(done)} of {ProgressWords.Number(total)} {unit}";
        if (done < 2 || sinceFirst < TimeSpan.FromSeconds(0.5)) return text;
        var rate = (done - 1) / sinceFirst.TotalSeconds;
        text += $", {ProgressWords.Rate(rate)} a second";
        return done >= total ? text : $"{text}, about {ProgressWords.Duration((total - done) / rate)} left";
    }

    private void Draw()
    {
        lock (gate)
        {
            if (stopped) return;
            var first = Volatile.Read(ref firstDone);
            var text = Describe(doing, verb, unit, Volatile.Read(ref done), Volatile.Read(ref total),
                first == 0 ? TimeSpan.Zero : clock.GetElapsedTime(first));
            if (plain)
            {
                error.WriteLine(text);
            }
            else
            {
                error.Write($"\r{text}\u001b[K");
                drawn = true;
            }

            error.Flush();
        }
    }

    private void Erase()
    {
        if (!drawn) return;
        error.Write("\r\u001b[K");
        error.Flush();
        drawn = false;
    }
}
