using System.Text;
using System.Text.RegularExpressions;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Rules.Structure;

/// <summary><c>slug-format</c>: the file name is lower-case letters, digits and single hyphens.</summary>
public sealed partial class SlugFormatRule : ILeafletRule
{
    public RuleInfo Info => RuleCatalogue.SlugFormat;

    public void Check(Leaflet leaflet, RuleContext context, DiagnosticBag bag)
    {
        if (Slug().IsMatch(leaflet.Slug)) return;
        var suggestion = Suggest(leaflet.Slug);
        bag.Report(Info, SourcePosition.Start,
            $"The file name \"{leaflet.Slug}\" is not a valid slug: use lower-case letters, digits and single hyphens"
            + (suggestion.Length > 0 ? $", for example \"{suggestion}.yaml\"." : "."),
            suggestion.Length > 0 ? suggestion + ".yaml" : null);
    }

    public static string Suggest(string name)
    {
        var builder = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark
                && builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        return builder.ToString().Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
