using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers.Word;
using static LeafletTool.Cli.Tests.Importing.WordTestDocuments;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>The Word reader on WordprocessingML as Word writes it, one feature at a time: localised style ids,
/// basedOn chains, outline levels, numbering through styles, symbols, fields, content controls, tracked changes,
/// text boxes in markup-compatibility choices.</summary>
public class WordFeatureTests
{
    private static string P(string runs, string properties = "") => $"<w:p><w:pPr>{properties}</w:pPr>{runs}</w:p>";

    private static string R(string text, string properties = "")
        => $"""<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>""";

    private static SourceBlock One(byte[] bytes) => Assert.Single(WordReader.Read(bytes).Blocks);

    [Fact]
    public void Heading_styles_are_found_by_name_through_localised_ids_basedOn_chains_and_outline_levels()
    {
        const string Styles = """
            <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/>
             <w:basedOn w:val="Standard"/><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="TrustHeading"><w:name w:val="Trust heading"/>
             <w:basedOn w:val="berschrift1"/></w:style>
            <w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel"/>
             <w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
            """;
        var body = P(R("Title of it"), """<w:pStyle w:val="Titel"/>""")
            + P(R("Localised"), """<w:pStyle w:val="berschrift1"/>""")
            + P(R("Based on it"), """<w:pStyle w:val="TrustHeading"/>""")
            + P(R("By outline level"), """<w:pStyle w:val="Kapitel"/>""")
            + P(R("Direct outline level"), """<w:outlineLvl w:val="2"/>""")
            + P(R("Body text level"), """<w:pStyle w:val="Kapitel"/><w:outlineLvl w:val="9"/>""");
        var blocks = WordReader.Read(Package(body, Styles)).Blocks;
        Assert.Equal([(SourceBlockKind.Heading, 1), (SourceBlockKind.Heading, 1), (SourceBlockKind.Heading, 1),
            (SourceBlockKind.Heading, 2), (SourceBlockKind.Heading, 3), (SourceBlockKind.Paragraph, 0)],
            blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal((true, 1.5), (blocks[1].AllBold, blocks[1].Emphasis));
        Assert.Equal((true, 1.5), (blocks[2].AllBold, blocks[2].Emphasis));
        Assert.Equal(1.0, blocks[3].Emphasis);
    }

    [Fact]
    public void Numbering_through_a_style_or_directly_gives_the_list_kind_of_its_level_and_the_depth()
    {
        const string Numbering = """
            <w:abstractNum w:abstractNumId="0">
             <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl>
             <w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
            <w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="7"><w:abstractNumId w:val="1"/>
             <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:lvlOverride></w:num>
            """;
        const string Styles = """
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>
             <w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>
            """;
        var body = P(R("By style"), """<w:pStyle w:val="ListBullet"/>""")
            + P(R("Style, level 1"), """<w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="1"/></w:numPr>""")
            + P(R("Decimal"), """<w:numPr><w:ilvl w:val="0"/><w:numId w:val="6"/></w:numPr>""")
            + P(R("Override"), """<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>""")
            + P(R("Numbering removed"), """<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>""")
            + P(R("• Typed after all"), """<w:numPr><w:numId w:val="0"/></w:numPr>""");
        var blocks = WordReader.Read(Package(body, Styles, Numbering)).Blocks;
        Assert.Equal([(SourceListKind.Bullet, 0), (SourceListKind.Numbered, 1), (SourceListKind.Numbered, 0),
            (SourceListKind.Bullet, 0), (SourceListKind.None, 0), (SourceListKind.Bullet, 0)],
            blocks.Select(b => (b.List, b.Depth)));
        Assert.Equal("Typed after all", blocks[5].Text);
        Assert.Equal(SourceBlockKind.Paragraph, blocks[4].Kind);
    }

    [Theory]
    [InlineData("<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:tab/><w:t>Symbol bullet</w:t></w:r>",
        "Symbol bullet", SourceListKind.Bullet)]
    [InlineData("<w:r><w:t>3) Third step</w:t></w:r>", "Third step", SourceListKind.Numbered)]
    [InlineData("<w:r><w:t>- </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Bold</w:t></w:r><w:r><w:t> item</w:t></w:r>",
        "**Bold** item", SourceListKind.Bullet)]
    [InlineData("<w:r><w:t>-5 degrees is cold</w:t></w:r>", "-5 degrees is cold", SourceListKind.None)]
    [InlineData("<w:r><w:t>2024 was a year</w:t></w:r>", "2024 was a year", SourceListKind.None)]
    public void Typed_markers_are_list_items(string runs, string text, SourceListKind kind)
    {
        var block = One(Package(P(runs)));
        Assert.Equal((text, kind), (block.Text, block.List));
    }

    [Theory]
    [InlineData("<w:r><w:rPr><w:b/></w:rPr><w:t>one</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
        + " two </w:t></w:r><w:r><w:t>three</w:t></w:r>", "**one two** three")]
    [InlineData("<w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> </w:t></w:r>"
        + "<w:r><w:t>b</w:t></w:r>", "a b")]
    [InlineData("<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t>not bold</w:t></w:r>", "not bold")]
    [InlineData("<w:r><w:t>line</w:t><w:br/><w:t>break</w:t><w:tab/><w:t>tab\u00A0space</w:t></w:r>",
        "line break tab space")]
    [InlineData("<w:r><w:t>Page </w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>3</w:t></w:r></w:fldSimple>"
        + "<w:r><w:t xml:space=\"preserve\"> of it</w:t></w:r>", "Page of it")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">See </w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
        + "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://www.nhs.uk/\" </w:instrText></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>NHS</w:t></w:r>"
        + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>.</w:t></w:r>", "See [NHS](https://www.nhs.uk/).")]
    [InlineData("<w:hyperlink r:id=\"rIdL\"><w:r><w:t>the unit</w:t></w:r></w:hyperlink>",
        "[the unit](mailto:unit@example.nhs.uk)")]
    [InlineData("<w:hyperlink w:anchor=\"top\"><w:r><w:t>back to top</w:t></w:r></w:hyperlink>", "back to top")]
    [InlineData("<w:r><w:t xml:space=\"preserve\">Kept </w:t></w:r><w:ins w:id=\"1\" w:author=\"A\"><w:r>"
        + "<w:t xml:space=\"preserve\">inserted </w:t></w:r></w:ins><w:del w:id=\"2\" w:author=\"A\"><w:r>"
        + "<w:delText>deleted </w:delText></w:r></w:del><w:r><w:t>end</w:t></w:r>", "Kept inserted end")]
    [InlineData("<w:sdt><w:sdtPr><w:alias w:val=\"Ward\"/></w:sdtPr><w:sdtContent><w:r><w:t>Ward 7</w:t></w:r>"
        + "</w:sdtContent></w:sdt>", "Ward 7")]
    [InlineData("<w:r><w:sym w:font=\"Wingdings\" w:char=\"F028\"/><w:t xml:space=\"preserve\"> 0113 123 4567</w:t>"
        + "</w:r>", "☎ 0113 123 4567")]
    public void Runs_become_leaflet_markup(string runs, string text)
        => Assert.Equal(text, One(Package(P(runs), links: ("rIdL", "mailto:unit@example.nhs.uk"))).Text);

    [Fact]
    public void Tracked_changes_are_counted_for_attention()
    {
        var body = P("<w:ins w:id=\"1\"><w:r><w:t>new</w:t></w:r></w:ins><w:del w:id=\"2\"><w:r><w:delText>old"
            + "</w:delText></w:r></w:del><w:del w:id=\"3\"><w:r><w:delText>older</w:delText></w:r></w:del>");
        var document = WordReader.Read(Package(body));
        Assert.Equal("new", Assert.Single(document.Blocks).Text);
        Assert.Equal("tracked changes read as the document prints: 1 insertion(s) accepted, 2 deletion(s) dropped; "
            + "check them in Word", Assert.Single(document.Attention).Message);
    }

    [Fact]
    public void Content_controls_and_text_boxes_in_choices_give_their_paragraphs_once_in_reading_order()
    {
        var textBox = "<w:txbxContent>" + P(R("In the box")) + "</w:txbxContent>";
        var body = "<w:sdt><w:sdtContent>" + P(R("In a control")) + "</w:sdtContent></w:sdt>"
            + P(R("Anchor ") + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
                + textBox + "</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
                + "<v:textbox>" + textBox + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
                + "</w:r>")
            + P(R("After"));
        var document = WordReader.Read(Package(body));
        Assert.Equal(["In a control", "Anchor", "In the box", "After"], document.Blocks.Select(b => b.Text));
        Assert.Equal("text box in paragraph 2: its text is kept as paragraph 3",
            Assert.Single(document.Attention).Message);
    }

    [Fact]
    public void A_shaded_table_cell_row_is_boxed_and_empty_cells_are_left_out()
    {
        var body = "<w:tbl><w:tr><w:tc><w:tcPr><w:shd w:val=\"clear\" w:fill=\"FFF2CC\"/></w:tcPr>"
            + P(R("Note in a box")) + "</w:tc><w:tc>" + P("") + "</w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:shd w:val=\"clear\" w:fill=\"auto\"/></w:tcPr>" + P(R("a")) + P(R("b"))
            + "</w:tc><w:tc>" + P(R("c")) + "</w:tc></w:tr></w:tbl>";
        var rows = WordReader.Read(Package(body)).Blocks;
        Assert.Equal([("Note in a box", true), ("a b | c", false)], rows.Select(r => (r.Text, r.Boxed)));
        Assert.All(rows, r => Assert.Equal(SourceBlockKind.TableRow, r.Kind));
    }
}
