using System.Net;
using System.Text;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Serve;

/// <summary>Which page a browser shows (a slug, or the index) and the stamp of what it shows.</summary>
public readonly record struct PageStamp(string Key, int Version);

/// <summary>
/// What the preview adds to a built page, and only in the preview: a count of problems in the title, a panel
/// listing the leaflet's findings (severity, rule, line:column, message, suggestion), each a button that marks the
/// words it is about, and a few lines of script that reload the page when a build changes what it shows. Built outputs
/// never contain any of it: the build's pages are served as built, with this put before <c>&lt;/body&gt;</c>.
/// </summary>
public static class PreviewPanel
{
    /// <summary>The address the pages listen to for new builds (Server-Sent Events).</summary>
    public const string EventsPath = "/_preview/events";

    /// <summary>A built HTML page with the panel and script added.</summary>
    public static string Decorate(string html, string heading, IReadOnlyList<Diagnostic> findings, PageStamp stamp,
        string nonce, string extra = "")
    {
        var panel = Panel(heading, findings, extra) + Script(stamp, nonce);
        var withTitle = WithTitleCount(html, findings.Count(IsProblem));
        var end = withTitle.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? withTitle + panel : withTitle[..end] + panel + withTitle[end..];
    }

    /// <summary>The page shown instead of a leaflet that could not be built: its errors, with line and column.
    /// </summary>
    public static string ErrorPage(string title, string intro, IReadOnlyList<Diagnostic> findings, PageStamp stamp,
        string nonce)
    {
        var body = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(title)).Append("</title></head><body><main>")
            .Append("<h1>").Append(Encode(title)).Append("</h1><p>").Append(Encode(intro)).Append("</p>")
            .Append("<p><a href=\"/\">All leaflets</a></p></main></body></html>");
        return Decorate(body.ToString(), "Problems", findings, stamp, nonce);
    }

    /// <summary>Errors and warnings count as problems in the title; infos do not.</summary>
    public static bool IsProblem(Diagnostic d) => d.Severity is Severity.Error or Severity.Warning;

    private static string WithTitleCount(string html, int problems)
    {
        var start = html.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        if (start < 0 || problems == 0) return html;
        var count = problems == 1 ? "1 problem" : $"{problems} problems";
        return html.Insert(start + "<title>".Length, count + " \u2014 ");
    }

    private static string Panel(string heading, IReadOnlyList<Diagnostic> findings, string extra)
    {
        var html = new StringBuilder();
        // Beside the page on a wide screen, under it on a narrow one.
        html.Append("<style>@media (min-width:1100px){#preview-panel{position:fixed;top:0;right:0;width:360px;")
            .Append("height:100vh;overflow:auto;box-sizing:border-box;margin:0 !important;border-top:0 !important;")
            .Append("border-left:4px solid #005eb8}}</style>");
        html.Append("<aside id=\"preview-panel\" aria-labelledby=\"preview-panel-heading\" style=\"")
            .Append("border-top:4px solid #005eb8;margin:2rem 0 0;padding:1rem;background:#f0f4f5;color:#212b32;")
            .Append("font-family:Arial,sans-serif;font-size:1rem;\">")
            .Append("<h2 id=\"preview-panel-heading\">").Append(Encode(heading)).Append(": ")
            .Append(findings.Count == 0 ? "no findings" : findings.Count == 1 ? "1 finding" : $"{findings.Count} "
                + "findings").Append("</h2>");
        if (findings.Count > 0) html.Append("<ol>");
        foreach (var d in findings)
        {
            html.Append("<li><button type=\"button\" class=\"preview-finding\" data-words=\"")
                .Append(Encode(WordsOf(d.Message) ?? "")).Append("\" style=\"text-align:left;font:inherit;")
                .Append("background:#fff;border:1px solid #4c6272;color:#212b32;")
                .Append("padding:.25rem .5rem;margin:.25rem 0\">")
                .Append("<strong>").Append(d.Severity.ToString().ToLowerInvariant()).Append("</strong> ")
                .Append(Encode(d.Rule)).Append(" at line ").Append(d.Line).Append(", column ").Append(d.Column)
                .Append(": ").Append(Encode(d.Message));
            if (d.Suggestion is { } fix) html.Append(" Suggestion: \u201c").Append(Encode(fix)).Append('\u201d');
            html.Append("</button></li>");
        }

        if (findings.Count > 0) html.Append("</ol>");
        return html.Append(extra).Append("<p>Saved changes show here by themselves.</p></aside>").ToString();
    }

    /// <summary>The words a finding is about, when its message quotes them first ("\"cyrotherapy\" is not…",
    /// "cyrotherapy: did you mean…").</summary>
    internal static string? WordsOf(string message)
    {
        if (message.StartsWith('"') && message.IndexOf('"', 1) is var end and > 1) return message[1..end];
        var colon = message.IndexOf(": did you mean", StringComparison.Ordinal);
        return colon > 0 ? message[..colon] : null;
    }

    private static string Script(PageStamp stamp, string nonce) =>
        "<script nonce=\"" + nonce + "\">(function(){"
        + "var s=new EventSource('" + EventsPath + "?page=" + Uri.EscapeDataString(stamp.Key) + "&stamp="
        + stamp.Version + "');"
        + "s.onmessage=function(){s.close();location.reload();};"
        + "document.querySelectorAll('.preview-finding').forEach(function(b){b.addEventListener('click',function(){"
        + "var w=b.getAttribute('data-words');if(!w)return;"
        + "document.querySelectorAll('mark.preview-mark').forEach(function(m){m.replaceWith(m.textContent);});"
        + "var t=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT);var n;"
        + "while((n=t.nextNode())){if(n.parentElement.closest('#preview-panel'))continue;"
        + "var i=n.nodeValue.indexOf(w);if(i<0)continue;var r=document.createRange();r.setStart(n,i);"
        + "r.setEnd(n,i+w.length);var m=document.createElement('mark');m.className='preview-mark';"
        + "m.tabIndex=-1;r.surroundContents(m);m.scrollIntoView({block:'center'});m.focus();break;}});});"
        + "})();</script>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
