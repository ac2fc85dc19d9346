using LeafletTool.Core.Rendering;

namespace LeafletTool.Cli.Serve;

/// <summary>
/// When each page of the preview last changed: for every leaflet (its pages and its findings) and for the index (the
/// index page, every leaflet's status, the configuration's findings), the version of the build that last changed
/// it. An open page is told to reload only when its own stamp moves, so saving one leaflet does not reload every tab.
/// </summary>
public static class PreviewStamps
{
    /// <summary>The key of the index page.</summary>
    public const string IndexKey = "index";

    private static readonly string[] Endings = [".html", ".print.html", ".txt"];

    public static IReadOnlyDictionary<string, int> Of(PreviewSnapshot next, PreviewSnapshot? last)
    {
        var stamps = new Dictionary<string, int>(StringComparer.Ordinal);
        var indexSame = last is not null && last.Failure == next.Failure && SamePage(next, last, PageFormats.IndexFile)
            && next.ConfigFindings.SequenceEqual(last.ConfigFindings);
        foreach (var slug in next.Slugs)
        {
            var same = last is not null && last.Stamps.TryGetValue(slug, out _) && last.Failure == next.Failure
                && Endings.All(e => SamePage(next, last, slug + e))
                && next.FindingsOf(slug).SequenceEqual(last.FindingsOf(slug));
            stamps[slug] = same ? last!.Stamps[slug] : next.Version;
            indexSame &= same;
        }

        indexSame &= last is not null && last.Findings.Count == next.Findings.Count;
        stamps[IndexKey] = indexSame && last!.Stamps.TryGetValue(IndexKey, out var kept) ? kept : next.Version;
        return stamps;
    }

    private static bool SamePage(PreviewSnapshot next, PreviewSnapshot last, string name)
    {
        var a = next.Pages.TryGetValue(name, out var x) ? x.Bytes : null;
        var b = last.Pages.TryGetValue(name, out var y) ? y.Bytes : null;
        return ReferenceEquals(a, b) || a is not null && b is not null && a.AsSpan().SequenceEqual(b);
    }
}
