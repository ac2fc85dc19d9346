using System.Globalization;
using System.Net;
using System.Text;
using LeafletTool.Core.Language.Reading;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Rules.Language;
using LeafletTool.Core.Validation;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// The readability figures of a leaflet for the preview's panel: SMOG, Flesch-Kincaid grade and reading ease for
/// the whole leaflet (as <c>validate --verbose</c> prints them) and for each section, so an editor sees which part
/// is hard to read. Worked out when a page is asked for, from the source the snapshot was built from.
/// </summary>
public static class PreviewReadability
{
    /// <summary>The panel's readability part as HTML, or "" for a leaflet that does not load or is not in
    /// English.</summary>
    public static string Html(LeafletInput input)
    {
        var (text, _) = input.Open();
        if (text is null) return "";
        var leaflet = LeafletLoader.Load(new Core.Text.SourceDocument(input.Name, text)).Leaflet;
        if (leaflet is null || !SpellingCheck.IsEnglish(SpellingCheck.LanguageOf(leaflet, input.Config))) return "";
        var html = new StringBuilder("<h3>Readability</h3><p>Whole leaflet: ")
            .Append(Figures(Readability.Measure(leaflet))).Append("</p>");
        if (leaflet.Sections.Count == 0) return html.ToString();
        html.Append("<table><caption>By section</caption><thead><tr><th scope=\"col\">Section</th>")
            .Append("<th scope=\"col\">SMOG</th><th scope=\"col\">Words</th></tr></thead><tbody>");
        foreach (var section in leaflet.Sections)
        {
            var texts = section.Body.SelectMany(b => b.Texts).Select(t => t.Value);
            if (section.Heading is { } heading) texts = texts.Prepend(heading.Value);
            var scores = Readability.Measure(texts.ToList());
            var name = section.Heading?.Value ?? "(no heading)";
            html.Append("<tr><th scope=\"row\">").Append(WebUtility.HtmlEncode(name))
                .Append("</th><td>").Append(scores.Smog.ToString("0.0", CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(scores.Words).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    private static string Figures(ReadabilityScores s) => string.Create(CultureInfo.InvariantCulture,
        $"SMOG {s.Smog:0.0}, Flesch-Kincaid grade {s.FleschKincaidGrade:0.0}, reading ease "
        + $"{s.FleschReadingEase:0.0}, {s.Words} words, {s.Sentences} sentences.");
}
