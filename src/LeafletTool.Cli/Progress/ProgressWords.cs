using System.Globalization;

namespace LeafletTool.Cli.Progress;

/// <summary>Numbers, rates and times as the progress line says them: "10,000", "812", "3.5", "about 2 min".</summary>
public static class ProgressWords
{
    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond >= 10
        ? Math.Round(perSecond).ToString("N0", CultureInfo.InvariantCulture)
        : perSecond.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Duration(double seconds) => seconds switch
    {
        < 1 => "1 s",
        < 90 => $"{Math.Ceiling(seconds).ToString(CultureInfo.InvariantCulture)} s",
        < 5400 => $"{Math.Round(seconds / 60).ToString(CultureInfo.InvariantCulture)} min",
        _ => $"{(seconds / 3600).ToString("0.0", CultureInfo.InvariantCulture)} h",
    };
}
