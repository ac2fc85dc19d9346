using System.Globalization;
using System.Text;
using LeafletTool.Core.Dates;
using LeafletTool.Core.Rendering.Inline;
using Scriban.Runtime;

namespace LeafletTool.Core.Rendering.Templates;

/// <summary>
/// The labels of one language, as templates get them (<c>labels.contact_us</c>): escaped for HTML or plain for the
/// text page, every key of the English table present. Also writes dates in the language ("Mehefin 2026") and the
/// clear-print page's "Page 1 of 4" as CSS (<c>labels.page_counter_css</c>). Read-only, so shared by every render.
/// </summary>
public sealed class LabelTable
{
    private readonly IReadOnlyList<string> months;
    private readonly ScriptObject html;
    private readonly ScriptObject text;

    public LabelTable(string language, IReadOnlyDictionary<string, string> labels, IReadOnlyList<string> months)
    {
        Language = language;
        Labels = labels;
        this.months = months;
        html = Script(escape: true);
        text = Script(escape: false);
    }

    /// <summary>The table's language: <c>en</c>, <c>cy</c>, or a trust's own.</summary>
    public string Language { get; }

    public IReadOnlyDictionary<string, string> Labels { get; }

    /// <summary>The twelve month names, January first.</summary>
    public IReadOnlyList<string> Months => months;

    /// <summary>A label as written in the table (unescaped).</summary>
    public string this[string key] => Labels[key];

    /// <summary>The labels as a template's <c>labels</c> global: HTML-escaped unless
    /// <paramref name="plain"/>.</summary>
    public ScriptObject ForTemplates(bool plain) => plain ? text : html;

    /// <summary>"June 2026", or "15 June 2026" when the date has a day, in this language.</summary>
    public string Date(LeafletDate date)
    {
        var month = months[date.Month - 1];
        var year = date.Year.ToString(CultureInfo.InvariantCulture);
        return date.Day is { } d ? $"{d.ToString(CultureInfo.InvariantCulture)} {month} {year}" : $"{month} {year}";
    }

    /// <summary>The date for a page: escaped for HTML unless <paramref name="plain"/>.</summary>
    public string Date(LeafletDate date, bool plain) => plain ? Date(date) : HtmlText.Escape(Date(date));

    private ScriptObject Script(bool escape)
    {
        var script = new ScriptObject(Labels.Count + 1);
        foreach (var (key, value) in Labels) script.Add(key, escape ? HtmlText.Escape(value) : value);
        script.Add("page_counter_css", PageCounterCss(Labels.GetValueOrDefault("page_of_pages", "{page}")));
        script.IsReadOnly = true;
        return script;
    }

    /// <summary>
    /// "Page {page} of {pages}" as a CSS <c>content</c> value: <c>"Page " counter(page) " of " counter(pages)</c>, the
    /// words as CSS strings (quotes, backslashes, angle brackets and line breaks escaped, so nothing can end the style
    /// element).
    /// </summary>
    public static string PageCounterCss(string pattern)
    {
        var css = new StringBuilder();
        var rest = pattern.AsSpan();
        while (rest.Length > 0)
        {
            var page = rest.IndexOf("{page}", StringComparison.Ordinal);
            var pages = rest.IndexOf("{pages}", StringComparison.Ordinal);
            var next = page < 0 ? pages : pages < 0 ? page : Math.Min(page, pages);
            var words = next < 0 ? rest : rest[..next];
            if (words.Length > 0) AppendString(css, words);
            if (next < 0) break;
            var isPages = next == pages;
            css.Append(css.Length > 0 ? " " : "").Append(isPages ? "counter(pages)" : "counter(page)");
            rest = rest[(next + (isPages ? "{pages}" : "{page}").Length)..];
        }

        return css.Length == 0 ? "counter(page)" : css.ToString();
    }

    private static void AppendString(StringBuilder css, ReadOnlySpan<char> words)
    {
        if (css.Length > 0) css.Append(' ');
        css.Append('"');
        foreach (var c in words)
        {
            if (c is '"' or '\\' or '<' or '>' or '&' || char.IsControl(c))
            {
                css.Append('\\').Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
            else css.Append(c);
        }

        css.Append('"');
    }
}
