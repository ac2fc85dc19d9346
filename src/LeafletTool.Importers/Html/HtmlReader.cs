using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LeafletTool.Core.Importing.Blocks;

namespace LeafletTool.Importers.Html;

/// <summary>
/// The reader of web pages: a page saved from a trust's site. It finds the page's own content (see
/// <see cref="HtmlMainContent"/>), leaves out the site's chrome (navigation, header and footer, cookie banners,
/// breadcrumbs, skip links, share, print and feedback widgets, scripts and styles, hidden elements) and turns the
/// content into blocks in document order (see <see cref="HtmlBlockWriter"/>). A footer inside the content, and
/// lines such as "Reference number: …" or "Review date: …" just below it (not in a sidebar), are kept as footer
/// blocks, where the interpreter looks for the reference and dates. The page's &lt;title&gt; is the title hint, as
/// written.
/// </summary>
public static partial class HtmlReader
{
    public static ImportedDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = HtmlCharset.Decode(bytes);
        if (text.Trim().Length == 0) throw new UnreadableSourceException("the page is empty");
        if (LooksBinary(text))
        {
            throw new UnreadableSourceException("the file is not a web page: it holds binary data");
        }

        var document = new HtmlParser().ParseDocument(text);
        var body = document.Body ?? throw new UnreadableSourceException("the page has no text");
        var baseAddress = BaseAddress(document);
        var content = HtmlMainContent.Find(document, body);
        var writer = new HtmlBlockWriter(baseAddress, skipSiteBands: content == body);
        writer.WriteChildren(content, new HtmlFrame(HtmlSignals.IsBoxed(content) && content != body,
            SourcePart.Body));
        var blocks = writer.Blocks;
        if (content != body) blocks.AddRange(Metadata(content, body, baseAddress, blocks.Count));
        if (blocks.Count == 0) throw new UnreadableSourceException("the page has no text");

        var title = HtmlInline.OneLine(document.Title ?? "");
        return new ImportedDocument(blocks, writer.Attention) { TitleHint = title.Length > 0 ? title : null };
    }

    /// <summary>Lines naming a reference number or a date just below the content, outside the site's chrome, as
    /// footer blocks numbered after the content's.</summary>
    private static IEnumerable<SourceBlock> Metadata(IElement content, IElement body, Uri? baseAddress, int count)
    {
        foreach (var element in HtmlMainContent.Following(content, body))
        {
            if (HtmlSignals.NeverHoldsText(element) || HtmlSignals.IsHidden(element) || HtmlSignals.IsChrome(element)
                || HtmlSignals.IsSiteHeaderOrFooter(element) || element.TagName == "ASIDE"
                || string.Equals(element.GetAttribute("role"), "complementary", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var writer = new HtmlBlockWriter(baseAddress, skipSiteBands: true);
            writer.WriteOne(element, new HtmlFrame(false, SourcePart.Footer));
            foreach (var block in writer.Blocks.Where(b => b.Text.Length <= 160 && MetadataLine().IsMatch(b.Text)))
            {
                yield return block with { Place = new SourcePlace(0, ++count), Part = SourcePart.Footer };
            }
        }
    }

    private static Uri? BaseAddress(IDocument document)
    {
        foreach (var candidate in new[]
        {
            document.QuerySelector("base[href]")?.GetAttribute("href"),
            document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href"),
            document.QuerySelector("meta[property='og:url'][content]")?.GetAttribute("content"),
        })
        {
            if (Uri.TryCreate(candidate, UriKind.Absolute, out var address)
                && address.Scheme is "http" or "https")
            {
                return address;
            }
        }

        return null;
    }

    /// <summary>Control characters (NUL and others) in more than one character in a hundred of the first 4,000.
    /// </summary>
    private static bool LooksBinary(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4000));
        var control = 0;
        foreach (var c in head)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        }

        return control > head.Length / 100 || head.Contains('\0');
    }

    [GeneratedRegex(@"^(\*\*)?(reference|ref\b|ref\.|resource (number|no)|leaflet (number|no|code|ref)|pil\b|"
        + @"review|next review|for review|to be reviewed|date (of )?(publication|issue|issued|published|produced)|"
        + @"published|issued|issue date|last (updated|reviewed|revised)|page last reviewed|produced|version|"
        + @"publication date|approved|expiry)", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();
}
