using System.Text.RegularExpressions;
using LeafletTool.Core.Config;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;

namespace LeafletTool.Core.Rules.Identity;

/// <summary><c>resource-number-format</c>: the resource number matches the configured pattern; common slips get a
/// fix.</summary>
public sealed partial class ResourceNumberFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.ResourceNumberFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (leaflet.ResourceNumber is not { } number) return;
        var pattern = context.Config.ResourceNumberPattern;
        if (TrustPattern.For(pattern) is not { } regex) return;
        switch (regex.IsMatch(number.Value))
        {
            case true:
                return;
            case false:
                var suggestion = Suggest(number.Value, regex);
                bag.Report(Info, number.Start,
                    $"The resource number \"{number.Value}\" is not in the form {Describe(pattern)}"
                    + (suggestion is null ? "." : $"; did you mean \"{suggestion}\"?"),
                    suggestion);
                return;
            default:
                bag.Report(Info, number.Start,
                    "The resource number could not be checked: the resource_number_pattern in leaflettool.yaml takes "
                    + "too long to match. Simplify the pattern.");
                return;
        }
    }

    /// <summary>The same number with the usual slips mended ("5373/ver1", "5373 VER 1" → "5373/VER1"), if that fits
    /// the pattern.</summary>
    public static string? Suggest(string value, TrustPattern pattern)
    {
        var candidates = new List<string> { value.Trim(), value.Trim().ToUpperInvariant() };
        var loose = Loose().Match(value);
        if (loose.Success) candidates.Add($"{loose.Groups["n"].Value}/VER{Version(loose.Groups["v"].Value)}");
        return candidates.FirstOrDefault(c => c != value && pattern.IsMatch(c) == true);
    }

    private static string Version(string digits) => digits.TrimStart('0') is { Length: > 0 } v ? v : "0";

    private static string Describe(string pattern) =>
        pattern == ProjectConfig.DefaultResourceNumberPattern
            ? "four digits, \"/VER\" and the version number, such as 5373/VER1"
            : $"set by resource_number_pattern in leaflettool.yaml ({pattern})";

    [GeneratedRegex(@"^\s*(?<n>\d+)\s*[/\\\-–_.]?\s*(?:ver(?:sion)?|v)\s*[.\-_]?\s*(?<v>\d+)\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Loose();
}
