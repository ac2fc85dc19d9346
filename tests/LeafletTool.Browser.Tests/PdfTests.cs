using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;

namespace LeafletTool.Browser.Tests;

/// <summary>The PDFs read back with PdfPig: tagged, with language, title, bookmarks, A4 pages and clear-print type
/// sizes.</summary>
[Collection(BrowserCollection.Name)]
public class PdfTests(SiteFixture site)
{
    private static readonly string[] RealHeadings =
    [
        "Cryotherapy to treat chronic pain", "Benefits of cryotherapy", "Risks of cryotherapy",
        "Other treatment options",
        "Preparing for cryotherapy", "During cryotherapy", "Pain during cryotherapy", "After cryotherapy",
        "After you leave hospital", "Follow-up appointments", "Contact us",
    ];

    private PdfDocument Open(string folder, string slug) => PdfDocument.Open(Path.Combine(folder, slug + ".pdf"));

    [Theory]
    [InlineData("cryotherapy-chronic-pain", "en-GB", "Cryotherapy to treat chronic pain")]
    [InlineData("every-kind", "en-GB", "Caring for your wound <after> surgery & \"stitches\"")]
    [InlineData("wound-care-arabic", "ar", "العناية بالجرح بعد الجراحة")]
    public void Tagged_with_its_language_and_its_title_shown_as_the_window_title(string slug, string language,
        string title)
    {
        using var pdf = Open(site.Site, slug);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        var root = Resolve<DictionaryToken>(pdf, catalog.Data["StructTreeRoot"]);
        Assert.True(root.Data.ContainsKey("K"), "The structure tree is empty.");
        var markInfo = Resolve<DictionaryToken>(pdf, catalog.Data["MarkInfo"]);
        Assert.True(Resolve<BooleanToken>(pdf, markInfo.Data["Marked"]).Data);
        Assert.Equal(language, Resolve<StringToken>(pdf, catalog.Data["Lang"]).Data);
        Assert.Equal(title, pdf.Information.Title);
        var preferences = Resolve<DictionaryToken>(pdf, catalog.Data["ViewerPreferences"]);
        Assert.True(Resolve<BooleanToken>(pdf, preferences.Data["DisplayDocTitle"]).Data);
    }

    [Fact]
    public void Bookmarks_follow_the_headings()
    {
        using var pdf = Open(site.Site, "cryotherapy-chronic-pain");
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal(RealHeadings.Append("Pain management nurses"), Flatten(bookmarks.Roots).Select(b => b.Title));
    }

    [Theory]
    [InlineData(false, 14.0)]
    [InlineData(true, 18.0)]
    public void Pages_are_a4_and_no_letter_is_smaller_than_clear_print_allows(bool largePrint, double smallest)
    {
        using var pdf = Open(largePrint ? site.LargePrint : site.Site, "cryotherapy-chronic-pain");
        Assert.InRange(pdf.NumberOfPages, largePrint ? 5 : 3, 12);
        foreach (var page in pdf.GetPages())
        {
            Assert.InRange(page.Width, 594, 596.5);
            Assert.InRange(page.Height, 841, 843);
            Assert.NotEmpty(page.Letters);
            var small = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.PointSize < smallest - 0.01)
                .ToList();
            Assert.True(small.Count == 0,
                $"Page {page.Number}: {small.Count} letters under {smallest}pt, such as "
                + $"'{small.FirstOrDefault()?.Value}' at {small.FirstOrDefault()?.PointSize}pt");
        }

        var body = pdf.GetPage(1).Letters.Where(l => char.IsLetter(l.Value[0])).GroupBy(l => Math.Round(l.PointSize, 1))
            .MaxBy(g => g.Count())!.Key;
        Assert.Equal(smallest, body, 1);
    }

    [Fact]
    public void The_text_keeps_its_spaces_has_no_ligatures_and_shows_page_numbers()
    {
        using var pdf = Open(site.Site, "cryotherapy-chronic-pain");
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("As the freezing that is associated with cryotherapy does not cause long-term destruction of "
            + "nerves, it is considered safer than procedures", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFB01', text);
        Assert.DoesNotContain('\uFB02', text);
        Assert.Contains($"Page 1 of {pdf.NumberOfPages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_letter_is_inside_tagged_content_or_marked_as_an_artifact()
    {
        using var pdf = Open(site.Site, "every-kind");
        foreach (var page in pdf.GetPages())
        {
            var marked = Flatten(page.GetMarkedContents()).SelectMany(m => m.Letters).ToHashSet();
            var outside = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && !marked.Contains(l)).ToList();
            Assert.True(outside.Count == 0,
                $"Page {page.Number}: untagged text '{string.Concat(outside.Select(l => l.Value))}'");
            var artifacts = Flatten(page.GetMarkedContents()).Where(m => m.IsArtifact).SelectMany(m => m.Letters);
            Assert.Contains($"Page {page.Number} of", string.Concat(artifacts.Select(l => l.Value)),
                StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fonts_are_embedded()
    {
        using var pdf = Open(site.Site, "cryotherapy-chronic-pain");
        var fonts = Resolve<DictionaryToken>(pdf,
            Resolve<DictionaryToken>(pdf, pdf.GetPage(1).Dictionary.Data["Resources"]).Data["Font"]);
        Assert.NotEmpty(fonts.Data);
        foreach (var font in fonts.Data.Values.Select(f => Resolve<DictionaryToken>(pdf, f)))
        {
            var descendant = Resolve<DictionaryToken>(pdf,
                Resolve<ArrayToken>(pdf, font.Data["DescendantFonts"]).Data[0]);
            var descriptor = Resolve<DictionaryToken>(pdf, descendant.Data["FontDescriptor"]);
            Assert.True(descriptor.Data.Keys.Any(k => k is "FontFile" or "FontFile2" or "FontFile3"),
                $"{font.Data["BaseFont"]} is not embedded");
        }
    }

    [Fact]
    public void Links_in_the_pdf_still_work()
    {
        using var pdf = Open(site.Site, "every-kind");
        var links = pdf.GetPages().SelectMany(p => p.GetHyperlinks()).Select(h => h.Uri).ToList();
        Assert.Contains("https://www.nhs.uk/conditions/wounds/", links);
        Assert.Contains("tel:+442071881234", links);
    }

    private static T Resolve<T>(PdfDocument pdf, IToken token) where T : IToken =>
        token is IndirectReferenceToken reference ? Resolve<T>(pdf, pdf.Structure.GetObject(reference.Data).Data)
            : (T)token;

    private static IEnumerable<BookmarkNode> Flatten(IEnumerable<BookmarkNode> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));

    private static IEnumerable<MarkedContentElement> Flatten(IEnumerable<MarkedContentElement> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
