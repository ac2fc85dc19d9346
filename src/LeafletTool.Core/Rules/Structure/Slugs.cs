using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Rules.Structure;

/// <summary>
/// The one test of a leaflet's file name, for <c>validate</c> (<c>slug-format</c>), <c>build</c> (which refuses to
/// build under a bad name) and <c>new</c> (which refuses to create one): lower-case letters, digits and single
/// hyphens, at most <see cref="MaxLength"/> characters, and not a name the output folder cannot hold (a Windows
/// device name such as "con", or "index", the list of leaflets).
/// </summary>
public static partial class Slugs
{
    /// <summary>Longer names make output paths that Windows and some file systems refuse.</summary>
    public const int MaxLength = 100;

    private static readonly HashSet<string> WindowsDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>Why <paramref name="slug"/> cannot name a leaflet (a sentence, ending with a full stop), with a name
    /// that could, or null when it can.</summary>
    public static (string Problem, string? Suggestion)? Problem(string slug)
    {
        if (!Pattern().IsMatch(slug))
        {
            var suggestion = Suggest(slug);
            return ($"The file name \"{slug}\" is not a valid slug: use lower-case letters, digits and single hyphens"
                + (suggestion.Length > 0 ? $", for example \"{suggestion}\"." : "."),
                suggestion.Length > 0 ? suggestion : null);
        }

        if (slug.Length > MaxLength)
        {
            var shorter = slug[..MaxLength].TrimEnd('-');
            return ($"The file name is {slug.Length} characters long; at most {MaxLength} keep its pages openable on "
                + $"every computer. Shorten it, for example to \"{shorter}\".", shorter);
        }

        if (WindowsDeviceNames.Contains(slug))
        {
            return ($"The file name \"{slug}\" is a device name on Windows, where no file can be called that, so the "
                + $"leaflet could not be built or opened there. Use another, for example \"{slug}-leaflet\".",
                slug + "-leaflet");
        }

        if (slug == "index")
        {
            return ("A leaflet called \"index\" would overwrite the list of leaflets (index.html). Use another name, "
                + "for example \"index-leaflet\".", "index-leaflet");
        }

        return null;
    }

    /// <summary>The nearest slug to a name: "Hip Replacement" gives "hip-replacement".</summary>
    public static string Suggest(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (char.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Pattern();
}
