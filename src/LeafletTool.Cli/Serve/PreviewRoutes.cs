using System.Net;
using System.Text;
using LeafletTool.Core.Building;
using LeafletTool.Core.Diagnostics;

namespace LeafletTool.Cli.Serve;

/// <summary>A response to send: status, content type and body.</summary>
public sealed record PreviewResponse(int Status, string ContentType, byte[] Body)
{
    public static PreviewResponse Text(int status, string text) =>
        new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));
}

/// <summary>
/// What each address of the preview serves, from the current <see cref="PreviewSnapshot"/> only: the index, and for
/// each leaflet its web page (<c>/SLUG.html</c>), clear print (<c>/SLUG.print.html</c>), large print
/// (<c>/large/SLUG.print.html</c>) and text (<c>/SLUG.txt</c>). Nothing is read from disk, so no address can reach a
/// file outside the folder; anything else is 404, and there is no listing.
/// </summary>
public static class PreviewRoutes
{
    private const string Html = "text/html; charset=utf-8";

    public static PreviewResponse Answer(string path, PreviewSnapshot snapshot, string nonce)
    {
        if (snapshot.Failure is { } failure)
        {
            var all = snapshot.ConfigFindings.Concat(snapshot.Findings.Values.SelectMany(f => f)).ToList();
            var stamp = new PageStamp(PreviewStamps.IndexKey, snapshot.StampOf(PreviewStamps.IndexKey));
            return Page(PreviewPanel.ErrorPage("The preview cannot be built", failure, all, stamp, nonce));
        }

        if (path is "/" or "/index.html") return Index(snapshot, nonce);
        var large = path.StartsWith("/large/", StringComparison.Ordinal);
        var name = large ? path["/large/".Length..] : path.TrimStart('/');
        if (name.Length == 0 || name.Contains('/') || name.Contains('\\')) return NotFound();
        var pages = large ? snapshot.LargePrint.Value : snapshot.Pages;
        var slug = SlugOf(name);
        if (large && !name.EndsWith(".print.html", StringComparison.Ordinal)) return NotFound();
        if (pages.TryGetValue(name, out var page) && name != "index.html") return Serve(name, page, slug, snapshot,
            nonce);
        if (slug is not null && snapshot.Findings.ContainsKey(slug) && !snapshot.IsBuilt(slug))
        {
            var intro = "This leaflet has errors, so it is not built. Fix them and save: the page comes back by "
                + "itself.";
            return Page(PreviewPanel.ErrorPage(slug, intro, snapshot.FindingsOf(slug), StampOf(slug, snapshot),
                nonce));
        }

        return NotFound();
    }

    private static PreviewResponse Serve(string name, MemoryPage page, string? slug, PreviewSnapshot snapshot,
        string nonce)
    {
        if (!name.EndsWith(".html", StringComparison.Ordinal))
        {
            return new PreviewResponse(200, "text/plain; charset=utf-8", page.Bytes);
        }

        var html = Encoding.UTF8.GetString(page.Bytes);
        var findings = slug is null ? [] : snapshot.FindingsOf(slug);
        var stamp = slug is null ? StampOf(PreviewStamps.IndexKey, snapshot) : StampOf(slug, snapshot);
        var readability = slug is not null && snapshot.Sources.TryGetValue(slug, out var source)
            ? PreviewReadability.Html(source)
            : "";
        return Page(PreviewPanel.Decorate(html, "Findings for this leaflet", findings, stamp, nonce, readability));
    }

    private static PreviewResponse Index(PreviewSnapshot snapshot, string nonce)
    {
        var status = snapshot.Slugs.Select(slug => Status(slug, snapshot)).ToList();
        var html = snapshot.Pages.TryGetValue("index.html", out var index)
            ? Encoding.UTF8.GetString(index.Bytes)
            : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Leaflets</title></head>"
              + "<body><main><h1>Leaflets</h1></main></body></html>";
        var list = new StringBuilder("<aside id=\"preview-status\" aria-labelledby=\"preview-status-heading\" ")
            .Append("style=\"margin:2rem 0 0;padding:1rem;background:#f0f4f5;font-family:Arial,sans-serif\">")
            .Append("<h2 id=\"preview-status-heading\">Leaflets in this folder</h2><ul>");
        foreach (var (slug, text) in status)
        {
            list.Append("<li><a href=\"/").Append(WebUtility.HtmlEncode(slug)).Append(".html\">")
                .Append(WebUtility.HtmlEncode(slug)).Append("</a>: ").Append(WebUtility.HtmlEncode(text))
                .Append("</li>");
        }

        list.Append("</ul></aside>");
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        var withList = end < 0 ? html + list : html[..end] + list + html[end..];
        return Page(PreviewPanel.Decorate(withList, "Findings in the configuration", snapshot.ConfigFindings,
            StampOf(PreviewStamps.IndexKey, snapshot), nonce));
    }

    private static (string Slug, string Text) Status(string slug, PreviewSnapshot snapshot)
    {
        var findings = snapshot.FindingsOf(slug);
        var problems = findings.Count(PreviewPanel.IsProblem);
        var errors = findings.Count(d => d.Severity == Severity.Error);
        var state = !snapshot.IsBuilt(slug) ? "not built (errors)" : problems == 0 ? "no problems" : "built";
        var count = problems == 1 ? "1 problem" : $"{problems} problems";
        return (slug, errors > 0 || problems > 0 ? $"{state}, {count}" : state);
    }

    private static PageStamp StampOf(string key, PreviewSnapshot snapshot) => new(key, snapshot.StampOf(key));

    private static string? SlugOf(string name)
    {
        foreach (var ending in (string[])[".print.html", ".html", ".txt"])
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length > ending.Length)
                return name[..^ending.Length];
        }

        return null;
    }

    private static PreviewResponse Page(string html) => new(200, Html, Encoding.UTF8.GetBytes(html));

    private static PreviewResponse NotFound() => PreviewResponse.Text(404, "Not found.");
}
