using System.Text.RegularExpressions;

namespace LeafletTool.Cli.Output;

/// <summary>
/// The file names of SPEC.md: <c>&lt;slug&gt;.html</c>, <c>.print.html</c>, <c>.pdf</c>, <c>.txt</c> and <c>index.html</c>,
/// and the check that a slug is safe to use as a file name on every platform.
/// </summary>
public static partial class OutputNames
{
    public const string Index = "index.html";

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlugPattern();

    public static string For(string slug, BuildFormat format) => format switch
    {
        BuildFormat.Html => slug + ".html",
        BuildFormat.Print => slug + ".print.html",
        BuildFormat.Pdf => slug + ".pdf",
        _ => slug + ".txt",
    };

    /// <summary>Why a slug cannot be used for output files, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (!SlugPattern().IsMatch(slug) || slug.Length > 200)
        {
            return $"the file name '{slug}' is not a slug (lower-case letters, digits and single hyphens), so it is not built; rename the file";
        }

        if (WindowsDeviceNames.Contains(slug)) return $"'{slug}' is a reserved device name on Windows, so it is not built; rename the file";
        if (slug == "index") return "a leaflet called 'index' would overwrite the list of leaflets (index.html), so it is not built; rename the file";
        return null;
    }
}
