using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers;
using LeafletTool.Importers.Pdf;

namespace LeafletTool.Cli.Tests.Importing;

public class PdfReaderTests
{
    [Theory]
    [InlineData("a-chromium.pdf", "a-chromium.html")]
    [InlineData("b-libreoffice.pdf", "b-libreoffice.fodt")]
    [InlineData("c-sample.pdf", "c-sample.html")]
    public void Every_word_of_the_source_is_in_the_body_blocks_in_order(string pdf, string source)
    {
        var document = PdfFixtures.Read(pdf);
        Assert.Equal(PdfFixtures.SourceWords(source), PdfFixtures.BlockWords(document, SourcePart.Body));
    }

    [Fact]
    public void A_two_column_page_reads_column_by_column()
    {
        var texts = PdfFixtures.Read("b-libreoffice.pdf").Blocks.Select(b => b.Text).ToList();
        var order = new[] { "Why does the pain continue?", "Alpha", "Delta", "Staying active", "Foxtrot", "India",
            "Juliet", "Kilo", "Lima", "Mike", "Papa" }
            .Select(start => texts.FindIndex(t => t.StartsWith(start, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        // Each paragraph of a column is whole: its first and last words are in the same block.
        Assert.Contains(texts, t => t.StartsWith("Alpha", StringComparison.Ordinal)
            && t.EndsWith("worse in turn.", StringComparison.Ordinal));
    }

    [Fact]
    public void Typed_drawn_and_numbered_bullets_are_list_items_without_their_glyph()
    {
        var chromium = PdfFixtures.Read("a-chromium.pdf").Blocks.Where(b => b.Kind == SourceBlockKind.ListItem)
            .Select(b => (b.List, b.Depth, b.Text[..12])).ToList();
        Assert.Equal([(SourceListKind.Bullet, 0, "Do not soak "), (SourceListKind.Bullet, 0, "Wear loose, "),
            (SourceListKind.Bullet, 0, "Look out for"), (SourceListKind.Numbered, 0, "Lie on your "),
            (SourceListKind.Numbered, 0, "Tighten the "), (SourceListKind.Numbered, 0, "Walk a littl")], chromium);

        var libreOffice = PdfFixtures.Read("b-libreoffice.pdf").Blocks.Where(b => b.Kind == SourceBlockKind.ListItem)
            .Select(b => (b.List, b.Depth, b.Text)).ToList();
        Assert.Equal([(SourceListKind.Bullet, 0, "India walk every day, even for a few minutes"),
            (SourceListKind.Bullet, 0, "Juliet try swimming or cycling"),
            (SourceListKind.Bullet, 1, "Kilo many leisure centres run gentle sessions"),
            (SourceListKind.Bullet, 0, "Lima change position often when you sit")], libreOffice);

        Assert.Equal(7, PdfFixtures.Read("c-sample.pdf").Blocks.Count(b => b.List == SourceListKind.Bullet));
    }

    [Theory]
    [InlineData("a-chromium.pdf", "Knee replacement: going home|Looking after your wound|Exercises|Contact us")]
    [InlineData("b-libreoffice.pdf", "Living with persistent back pain|Staying active|Medicines|When to get help")]
    [InlineData("c-sample.pdf", "Cryotherapy to treat chronic pain|Risks of cryotherapy|Follow-up appointments")]
    public void Headings_are_larger_or_bold_and_body_text_is_neither(string pdf, string headings)
    {
        var blocks = PdfFixtures.Read(pdf).Blocks;
        foreach (var heading in headings.Split('|'))
        {
            var block = Assert.Single(blocks, b => b.Text == heading);
            Assert.True(block.Emphasis > 1.1 && block.AllBold, $"{heading}: {block.Emphasis} {block.AllBold}");
        }

        var longest = blocks.MaxBy(b => b.Text.Length)!;
        Assert.Equal(1.0, longest.Emphasis);
        Assert.False(longest.AllBold);
        Assert.All(blocks, b => Assert.Equal(0, b.Level));
    }

    [Fact]
    public void Running_headers_and_footers_with_page_numbers_are_marked_and_kept()
    {
        var blocks = PdfFixtures.Read("b-libreoffice.pdf").Blocks;
        Assert.Equal([1, 2, 3], blocks.Where(b => b.Part == SourcePart.Header
            && b.Text == "Eastfield Hospitals NHS Trust: patient information").Select(b => b.Place.Page));
        Assert.Equal(["Leaflet code: EH/PAIN/017 Page 1 of 3", "Leaflet code: EH/PAIN/017 Page 2 of 3",
            "Leaflet code: EH/PAIN/017 Page 3 of 3"],
            blocks.Where(b => b.Part == SourcePart.Footer).Select(b => b.Text));
        Assert.Equal(3, blocks.Count(b => b.Part == SourcePart.Header));
        Assert.Equal(SourcePart.Header, blocks[0].Part);
        Assert.Equal(new SourcePlace(1, 2), blocks[1].Place);
    }

    [Fact]
    public void Bold_runs_links_and_the_title_hint_are_reported()
    {
        var document = PdfFixtures.Read("a-chromium.pdf");
        Assert.Equal("Knee replacement: going home", document.TitleHint);
        Assert.Contains(document.Blocks,
            b => b.Text.StartsWith("**Important:** if you have", StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text.Contains(
            "on the [NHS website](https://www.nhs.uk/conditions/knee-replacement/recovery/) too.",
            StringComparison.Ordinal));
        Assert.Contains(document.Blocks, b => b.Text.Contains("Pain relief and self-care", StringComparison.Ordinal));
        Assert.Empty(document.Attention);
    }

    [Fact]
    public void A_paragraph_in_a_shaded_bordered_box_is_boxed_and_nothing_else_is()
    {
        var boxed = PdfFixtures.Read("a-chromium.pdf").Blocks.Where(b => b.Boxed).Select(b => b.Text[..30]);
        Assert.Equal(["**Important:** if you have pai"], boxed);
        Assert.DoesNotContain(PdfFixtures.Read("b-libreoffice.pdf").Blocks, b => b.Boxed);
    }

    [Theory]
    [InlineData("treat-", "ment", true)]
    [InlineData("treat-", "ment.", true)]
    [InlineData("self-", "Care", false)]
    [InlineData("ORT-", "0042", false)]
    [InlineData("-", "word", false)]
    [InlineData("well-be-", "ing", false)]
    public void A_word_broken_at_a_line_end_is_joined_only_when_both_halves_are_letters(string end, string start,
        bool broken) => Assert.Equal(broken, PdfMarkup.IsBroken(end, start));

    [Theory]
    [InlineData("treat-", "ment", false)]
    [InlineData("cross-", "sectional", true)]
    [InlineData("hystero-", "scopy", false)]
    [InlineData("pre-", "clerking", true)]
    [InlineData("non-", "urgent", true)]
    [InlineData("pre-", "pare", false)]
    public void A_compound_broken_at_a_line_end_keeps_its_hyphen(string end, string start, bool compound)
        => Assert.Equal(compound, PdfMarkup.IsCompound(end, start));

    [Fact]
    public void Lines_are_joined_into_one_paragraph_with_a_broken_word_mended()
    {
        List<PdfWord> Line(params string[] words) =>
            words.Select(w => new PdfWord(w, false, "F", 0, 10, null)).ToList();
        Assert.Equal("the treatment and self-care plan", PdfMarkup.Join(
            [Line("the", "treat-"), Line("ment", "and", "self-care"), Line("plan")], false));
    }
}
