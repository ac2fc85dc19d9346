using System.Globalization;
using System.Text.RegularExpressions;

namespace LeafletTool.Core.Authoring;

/// <summary>The next free resource number: the highest number in use plus one, as version 1, in the form the others
/// use.</summary>
public static partial class ResourceNumbers
{
    /// <summary>What a new leaflet gets when the folder has none yet (it matches the default pattern).</summary>
    public const string First = "0001/VER1";

    /// <summary>"5373/VER2" and "5401/VER1" give "5402/VER1". Numbers without digits are ignored.</summary>
    public static string Next(IEnumerable<string> existing)
    {
        (long Number, string Text, Match Digits)? highest = null;
        foreach (var text in existing.Select(e => e.Trim()))
        {
            var digits = Digits().Match(text);
            if (!digits.Success
                || !long.TryParse(digits.Value, NumberStyles.None, CultureInfo.InvariantCulture,
                out var number)) continue;
            if (highest is null || number > highest.Value.Number) highest = (number, text, digits);
        }

        if (highest is not { } h) return First;
        var next = (h.Number + 1).ToString(CultureInfo.InvariantCulture).PadLeft(h.Digits.Length, '0');
        var suffix = Version().Replace(h.Text[(h.Digits.Index + h.Digits.Length)..], m => m.Groups["ver"].Value + "1");
        return h.Text[..h.Digits.Index] + next + suffix;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"(?<ver>VER(?:SION)?\s*)\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Version();
}
