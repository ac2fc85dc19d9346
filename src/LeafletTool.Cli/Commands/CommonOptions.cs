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
        DefaultValueFactory = _ => 0,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 0) r.AddError("--jobs must be 0 or more."); } },
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
