using System.Text;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers;
using static LeafletTool.Cli.Tests.Importing.HtmlFixture;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>What the web-page reader makes of each thing a page can hold, one at a time.</summary>
public class HtmlReaderTests
{
    private static IEnumerable<string> Texts(string html) => ReadText(html).Blocks.Select(b => b.Text);

    [Theory]
    [InlineData("", "the page is empty")]
    [InlineData("  \n ", "the page is empty")]
    [InlineData("<html><head><title>Only a title</title><script>var x = 1;</script></head><body></body></html>",
        "the page has no text")]
    [InlineData("<body><nav><a href='/'>Home</a></nav><div id='cookie-banner'>We use cookies</div>"
        + "<p hidden>Hidden</p></body>", "the page has no text")]
    public void A_page_with_no_text_is_one_line(string html, string message)
    {
        var error = Assert.Throws<UnreadableSourceException>(() => ReadText(html));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void A_binary_file_named_html_is_one_line()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00 };
        var error = Assert.Throws<UnreadableSourceException>(() => Readers.Read(".htm", zip));
        Assert.Equal("the file is not a web page: it holds binary data", error.Message);
    }

    [Fact]
    public void The_charset_comes_from_the_byte_order_mark_or_the_meta_tag()
    {
        var page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Don\u2019t eat \u2013 6 hours</p>"
            + "</body>";
        var cp1252 = page.Select(c => c switch { '\u2019' => (byte)0x92, '\u2013' => (byte)0x96, _ => (byte)c })
            .ToArray();
        Assert.Equal("Don\u2019t eat \u2013 6 hours", Readers.Read(".html", cp1252).Blocks[0].Text);

        const string Body = "<p>Caf\u00e9 \u2019quotes\u2019</p>";
        var utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Body)).ToArray();
        Assert.Equal("Caf\u00e9 \u2019quotes\u2019", Readers.Read(".html", utf16).Blocks[0].Text);
        var utf8 = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Body)).ToArray();
        Assert.Equal("Caf\u00e9 \u2019quotes\u2019", Readers.Read(".html", utf8).Blocks[0].Text);
        var bare = Encoding.UTF8.GetBytes(Body);
        Assert.Equal("Caf\u00e9 \u2019quotes\u2019", Readers.Read(".html", bare).Blocks[0].Text);
    }

    [Fact]
    public void Hidden_parts_and_chrome_give_no_text()
    {
        var texts = Texts("<main><p>Shown</p><p hidden>A</p><p aria-hidden=\"true\">B</p><p style=\"color: red; "
            + "display:none\">C</p><p style=\"visibility: hidden\">D</p><p>Visible <span class=\"visually-hidden\">E"
            + "</span>text</p><div aria-label=\"Cookie preferences\"><p>F</p></div><div id=\"gdpr-notice\">G</div>"
            + "<a href=\"#main\">Skip to main content</a><script>H()</script><style>p{}</style><noscript>I</noscript>"
            + "<form><label>J</label><button>K</button></form><p>Print <a href=\"javascript:print()\">L</a></p>"
            + "<p>More text so that the main element holds enough words to be the page's content here.</p></main>");
        Assert.Equal(new[] { "Shown", "Visible text", "Print",
            "More text so that the main element holds enough words to be the page's content here." }, texts);
    }

    [Fact]
    public void Without_landmarks_the_densest_text_is_the_content_and_reference_lines_below_it_are_footer()
    {
        var page = ReadText("<body><div class=\"top\"><a href=\"/a\">Services</a> <a href=\"/b\">Visiting</a> "
            + "<a href=\"/c\">Careers and jobs at the trust</a></div><div class=\"left\"><a href=\"/d\">Leaflets</a>"
            + "</div><div class=\"copy\"><h2>Your scan</h2><p>A scan takes about twenty minutes and does not hurt.</p>"
            + "<p>Please arrive ten minutes early and bring your appointment letter.</p></div>"
            + "<aside><p>Published 3 May: new car park</p></aside><div class=\"meta\"><span>Leaflet number: RAD 12"
            + "</span><br><span>Review date: May 2027</span><br><span>Thank you for visiting</span></div></body>");
        Assert.Equal(new[] { "Your scan", "A scan takes about twenty minutes and does not hurt.",
            "Please arrive ten minutes early and bring your appointment letter.", "Leaflet number: RAD 12",
            "Review date: May 2027" }, page.Blocks.Select(b => b.Text));
        Assert.Equal(new[] { SourcePart.Body, SourcePart.Body, SourcePart.Body, SourcePart.Footer, SourcePart.Footer },
            page.Blocks.Select(b => b.Part));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, page.Blocks.Select(b => b.Place.Line));
    }

    [Fact]
    public void Content_split_over_sibling_blocks_is_read_whole_and_a_link_list_beside_it_is_not()
    {
        var texts = Texts("<body><div id=\"wrap\"><div class=\"intro\"><h1>Your scan</h1><p>This tells you about "
            + "your scan.</p></div><div class=\"text\"><p>A scan takes about twenty minutes and does not hurt at all."
            + "</p><p>Please arrive ten minutes early and bring your appointment letter with you.</p><p>You can eat "
            + "and drink as normal before the scan and drive home afterwards.</p></div><div class=\"links\"><ul>"
            + "<li><a href=\"/x\">Related leaflets about scans</a></li></ul></div></div></body>");
        Assert.Equal(new[] { "Your scan", "This tells you about your scan.",
            "A scan takes about twenty minutes and does not hurt at all.",
            "Please arrive ten minutes early and bring your appointment letter with you.",
            "You can eat and drink as normal before the scan and drive home afterwards.",
            "[Related leaflets about scans](/x)" }, texts);
    }

    [Fact]
    public void Line_breaks_join_a_paragraph_unless_its_lines_are_labels_bold_lines_or_typed_bullets()
    {
        Assert.Equal(new[] { "The ward is on the second floor of the main building." },
            Texts("<p>The ward is on the second<br>floor of the main building.</p>"));
        Assert.Equal(new[] { "Telephone: 01632 960111", "Email: ward@example.org", "Open every day" },
            Texts("<p>Telephone: 01632 960111<br>Email: ward@example.org<br><br>Open every day</p>"));
        Assert.Equal(new[] { "**Before you come**", "Do not eat for six hours." },
            Texts("<div><b>Before you come</b><br>Do not eat for six hours.</div>"));

        var typed = ReadText("<p>\u2022 bring your glasses<br>- bring your letter<br>1. Go to reception</p>").Blocks;
        Assert.Equal(new[] { ("bring your glasses", SourceListKind.Bullet),
            ("bring your letter", SourceListKind.Bullet), ("Go to reception", SourceListKind.Numbered) },
            typed.Select(b => (b.Text, b.List)));
        Assert.All(typed, b => Assert.Equal(SourceBlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Lists_nest_with_depth_and_items_keep_their_paragraphs_text()
    {
        var blocks = ReadText("<ul><li><p>Eat well</p><p>and rest</p><ol><li>first</li><li>second<ul><li>deep</li>"
            + "</ul></li></ol></li><li>Drink water</li></ul>").Blocks;
        Assert.Equal(new[] { ("Eat well and rest", SourceListKind.Bullet, 0), ("first", SourceListKind.Numbered, 1),
            ("second", SourceListKind.Numbered, 1), ("deep", SourceListKind.Bullet, 2),
            ("Drink water", SourceListKind.Bullet, 0) }, blocks.Select(b => (b.Text, b.List, b.Depth)));
    }

    [Fact]
    public void Bold_and_links_are_leaflet_markup()
    {
        var html = "<p>Call <strong><b>now</b></strong> on <a href=\"tel:01632960000\">01632 960000</a>, "
            + "<a href=\"mailto:a@example.org\"> a@example.org</a>, see <a href=\"#risks\">the risks</a> and "
            + "<a href=\"leaflets/other.html\">our <b>other</b> leaflet</a>.</p><h2><strong>Risks</strong></h2>";
        Assert.Equal(new[] { "Call **now** on [01632 960000](tel:01632960000), [a@example.org](mailto:a@example.org), "
            + "see the risks and [our **other** leaflet](leaflets/other.html).", "Risks" }, Texts(html));
    }

    [Fact]
    public void Boxes_are_marked_and_plain_borders_off_are_not()
    {
        var blocks = ReadText("<main><blockquote><p>Quoted</p></blockquote><aside><p>Aside</p></aside>"
            + "<div class=\"alert alert-info\"><p>Alert</p></div><div class=\"panel\"><p>Panel</p></div>"
            + "<p style=\"background-color: #fff2cc\">Shaded</p><p style=\"border: 1px solid #000\">Bordered</p>"
            + "<p style=\"border: 0\">Border off</p><div class=\"information\"><p>Plain</p></div></main>").Blocks;
        Assert.Equal(new[] { ("Quoted", true), ("Aside", true), ("Alert", true), ("Panel", true), ("Shaded", true),
            ("Bordered", true), ("Border off", false), ("Plain", false) }, blocks.Select(b => (b.Text, b.Boxed)));
    }

    [Fact]
    public void Definitions_preformatted_lines_and_images_are_read()
    {
        var page = ReadText("<dl><dt>Clinic</dt><dd>Outpatients B</dd></dl><pre>Line one\nLine two</pre>"
            + "<p><img src=\"a.png\" alt=\"  The ward  entrance \"><img src=\"b.png\"></p><p>After</p>");
        Assert.Equal(new[] { "Clinic", "Outpatients B", "Line one Line two", "After" },
            page.Blocks.Select(b => b.Text));
        Assert.Equal(new[] { "an image: \"The ward entrance\"", "an image with no alternative text" },
            page.Attention.Select(a => a.Message));
        Assert.All(page.Attention, a => Assert.Equal(new SourcePlace(0, 4), a.Place));
    }
}
