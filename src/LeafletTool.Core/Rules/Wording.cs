using System.Globalization;

namespace LeafletTool.Core.Rules;

/// <summary>Small pieces of English the rules' messages share.</summary>
internal static class Wording
{
    /// <summary>"1 day", "146 days".</summary>
    public static string Count(int n, string unit) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? unit : unit + "s");

    /// <summary>"23 November 2026".</summary>
    public static string Day(DateOnly date) =>
        date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
