using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace LeafletTool.Cli.Commands;

/// <summary>Arguments and options several commands share, built the same way everywhere.</summary>
public static class CommonOptions
{
    public const string DefaultFolder = "leaflets";

    public static Argument<string[]> Paths() => new("PATH")
    {
        Description = $"Leaflet files or folders of leaflets (default: {DefaultFolder})",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => [DefaultFolder],
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "Judge review dates as of this day, YYYY-MM-DD (default: today)",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseDate,
    };

    public static Option<string?> Config() => new("--config")
    {
        Description = "The leaflettool.yaml to use (default: found in the leaflets' folder or a parent)",
        HelpName = "FILE",
    };

    public static Option<int> Jobs() => new("--jobs")
    {
        Description = "How many leaflets to work on at once (default: one per processor)",
        HelpName = "N",
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--jobs must be 0 or more."); } },
    };

    /// <summary>One meaning on every command: no progress line, and only errors and what was asked for are
    /// printed.</summary>
    public static Option<bool> Quiet() => new("--quiet", "-q")
    {
        Description = "Print only errors and what was asked for: no progress line, no warnings or notes listed",
    };

    /// <summary>--max-findings: how many findings text output lists (Progress/FindingLimit.cs).</summary>
    public static Option<int?> MaxFindings() => new("--max-findings")
    {
        Description = "List at most N findings, errors first, then count the rest by rule (default: "
            + "200, or all with --verbose)",
        HelpName = "N",
        Validators =
        {
            r => { if (r.GetValueOrDefault<int?>() is < 0) r.AddError("--max-findings must be 0 or more."); },
        },
    };

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        result.AddError($"--as-of takes a date as YYYY-MM-DD, such as 2026-11-23, not '{text}'.");
        return null;
    }
}
