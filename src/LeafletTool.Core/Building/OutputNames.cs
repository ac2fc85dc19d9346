using System.Text.RegularExpressions;
using LeafletTool.Core.Rendering;

namespace LeafletTool.Core.Building;

/// <summary>
/// The check that a slug is safe to use as a file name on every platform. (The names themselves, from
/// <c>&lt;slug&gt;.html</c> to <c>index.html</c>, are <see cref="PageFormats.FileName"/> and <see
/// cref="PageFormats.IndexFile"/>.)
/// </summary>
public static partial class OutputNames
{
    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SlugPattern();

    /// <summary>Why a slug cannot be used for output files, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (!SlugPattern().IsMatch(slug) || slug.Length > 200)
        {
            return $"the file name '{slug}' is not a slug (lower-case letters, digits and single hyphens), "
                + "so it is not built; rename the file";
        }

        if (WindowsDeviceNames.Contains(slug))
        {
            return $"'{slug}' is a reserved device name on Windows, so it is not built; rename the file";
        }

        if (slug == "index")
        {
            return "a leaflet called 'index' would overwrite the list of leaflets (index.html), so it is not built; "
                + "rename the file";
        }


        return null;
    }
}
