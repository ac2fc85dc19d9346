using System.Globalization;

namespace LeafletTool.Cli;

/// <summary>
/// <c>LEAFLET_AS_OF</c>: the day every command judges review dates by when <c>--as-of</c> is not given, so a CI job
/// or a test of the published program can pin "today" once for all its commands.
/// </summary>
public static class AsOfEnvironment
{
    public const string Variable = "LEAFLET_AS_OF";

    /// <summary>The day it names, or null when it is unset or empty; a value that is not a date is a usage
    /// error.</summary>
    public static DateOnly? Read(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None,
            out var day)) return day;
        throw new UsageException($"{Variable} takes a date as YYYY-MM-DD, such as 2026-11-23, not '{text}'.");
    }
}
