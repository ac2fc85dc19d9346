using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Importers;
using static LeafletTool.Cli.Tests.Importing.WordTestDocuments;

namespace LeafletTool.Cli.Tests.Importing;

/// <summary>The Word reader on documents from producers that are not LeafletTool (Cases/import-word, made by
/// make-fixtures.sh): python-docx with direct formatting only, pandoc with heading styles and list numbering,
/// LibreOffice with tracked changes, a comment, a text box and an image.</summary>
public class WordFixtureTests
{
    private static ImportedDocument Read(string name) => Readers.Read(".docx", File.ReadAllBytes(Fixture(name)));

    private static List<SourceBlock> Body(ImportedDocument d) => d.Blocks.Where(b => b.Part == SourcePart.Body)
        .ToList();

    private static SourceBlock Find(ImportedDocument d, string text) => Assert.Single(d.Blocks, b => b.Text == text);

    [Theory]
    [InlineData("a-python-docx-direct")]
    [InlineData("b-pandoc-cryotherapy")]
    [InlineData("c-libreoffice-colonoscopy")]
    public void Every_word_pandoc_reads_in_the_body_is_in_the_body_blocks_in_order(string name)
    {
        var document = Read(name + ".docx");
        var expected = PlainWords(File.ReadAllText(Fixture(name + ".plain.txt")));
        Assert.True(expected.Count > 60, $"{name}: only {expected.Count} words in pandoc's text");
        AssertInOrder(expected, Words(Body(document)));
    }

    [Fact]
    public void Every_word_python_docx_wrote_is_in_the_blocks_in_order()
    {
        var d = Read("a-python-docx-direct.docx");
        var written = File.ReadAllText(Fixture("a-python-docx-direct.text.txt"))
            + File.ReadAllText(Fixture("a-python-docx-direct.footer.txt"));
        Assert.True(PlainWords(written).Count > 150);
        AssertInOrder(PlainWords(written), Words(d.Blocks));
    }

    [Fact]
    public void Direct_formatting_without_styles_is_reported_as_the_document_has_it()
    {
        var d = Read("a-python-docx-direct.docx");
        Assert.DoesNotContain(d.Blocks, b => b.Kind == SourceBlockKind.Heading);
        var title = d.Blocks[0];
        Assert.Equal(("Cryotherapy to treat chronic pain", SourceBlockKind.Paragraph, true),
            (title.Text, title.Kind, title.AllBold));
        Assert.InRange(title.Emphasis, 1.3, 1.6);
        foreach (var line in new[] { "Risks of cryotherapy", "What happens on the day", "Your appointment",
            "Contact us" })
        {
            Assert.True(Find(d, line).AllBold, line);
        }

        Assert.False(Find(d, "Pain management service").AllBold);
        Assert.Equal(1.0, Find(d, "Pain management service").Emphasis);
        Find(d, "There is a risk of bleeding, infection or **direct injury** to the nerves.");
        Find(d, "Please **do not drive** for 24 hours afterwards.");
        Assert.Equal("Cryotherapy leaflet (draft 3)", d.TitleHint);
    }

    [Fact]
    public void Typed_bullets_and_numbers_are_list_items_without_their_glyph()
    {
        var d = Read("a-python-docx-direct.docx");
        var items = d.Blocks.Where(b => b.Kind == SourceBlockKind.ListItem).Select(b => (b.List, b.Text)).ToList();
        Assert.Equal(
        [
            (SourceListKind.Bullet, "We monitor your blood pressure, heart rate and oxygen levels."),
            (SourceListKind.Bullet, "A small needle (cannula) is placed in the back of your hand."),
            (SourceListKind.Bullet, "X-ray will be used to guide the needle."),
            (SourceListKind.Numbered, "Arrive at the ward at 8am."),
            (SourceListKind.Numbered, "Bring a list of your medicines."),
        ], items);
    }

    [Fact]
    public void Shaded_and_bordered_paragraphs_are_boxed_tables_rows_links_and_images_as_the_document_has_them()
    {
        var d = Read("a-python-docx-direct.docx");
        Assert.Equal(
        [
            "**Important:** if you take blood-thinning medicines, call us before your appointment.",
            "You must not eat for 6 hours before the procedure.",
        ], d.Blocks.Where(b => b.Boxed).Select(b => b.Text));
        var rows = d.Blocks.Where(b => b.Kind == SourceBlockKind.TableRow).ToList();
        Assert.Equal(["Time | What happens", "8am | Arrive at the ward", "9am | The procedure starts"],
            rows.Select(r => r.Text));
        Assert.Contains(d.Attention, a => a.Place == rows[0].Place
            && a.Message.StartsWith($"table at paragraph {rows[0].Place.Line}:", StringComparison.Ordinal));
        Find(d, "Read more on the [NHS website](https://www.nhs.uk/conditions/cryotherapy/).");
        Find(d, "Pain management nurses: 020 7188 4714 (Monday to Friday, 9am to 5pm)");
        Assert.Contains(d.Attention, a => a.Message.Contains("\"Diagram of the nerves in the lower back\"",
            StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, d.Blocks.Count), d.Blocks.Select(b => b.Place.Line));
        Assert.All(d.Blocks, b => Assert.Equal(0, b.Place.Page));
    }

    [Fact]
    public void Headers_and_footers_are_blocks_of_their_part_after_the_body_without_page_numbers()
    {
        var d = Read("a-python-docx-direct.docx");
        Assert.Equal(["Guy's and St Thomas' NHS Foundation Trust"],
            d.Blocks.Where(b => b.Part == SourcePart.Header).Select(b => b.Text));
        var footer = File.ReadAllLines(Fixture("a-python-docx-direct.footer.txt"));
        Assert.Equal(footer, d.Blocks.Where(b => b.Part == SourcePart.Footer).Select(b => b.Text));
        Assert.Equal(SourcePart.Body, d.Blocks[^4].Part);
        Assert.Equal(d.Blocks.OrderBy(b => b.Part).Select(b => b.Text), d.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Pandoc_heading_styles_and_list_numbering_give_headings_with_levels_and_bullets()
    {
        var d = Read("b-pandoc-cryotherapy.docx");
        var headings = d.Blocks.Where(b => b.Kind == SourceBlockKind.Heading).Select(b => (b.Level, b.Text))
            .ToList();
        Assert.Equal((1, "Cryotherapy to treat chronic pain"), headings[0]);
        Assert.Equal(10, headings.Count(h => h.Level == 2));
        Assert.Contains((2, "Benefits of cryotherapy"), headings);
        var bullets = d.Blocks.Where(b => b.Kind == SourceBlockKind.ListItem).ToList();
        Assert.Equal(7, bullets.Count);
        Assert.All(bullets, b => Assert.Equal((SourceListKind.Bullet, 0), (b.List, b.Depth)));
        Assert.Equal("We monitor your blood pressure, heart rate and oxygen levels.", bullets[0].Text);
        Find(d, "**Pain management nurses**: If you have any questions about your cyrotherapy treatment, please "
            + "contact the pain management nurses.");
        Assert.All(d.Blocks.Where(b => b.Kind == SourceBlockKind.Paragraph), b => Assert.Equal(1.0, b.Emphasis));
        Assert.True(headings.Count > 0 && d.Blocks[0].Emphasis > 1.2);
    }

    [Fact]
    public void LibreOffice_tracked_changes_read_as_printed_and_comments_left_out_are_reported()
    {
        var d = Read("c-libreoffice-colonoscopy.docx");
        Find(d, "A colonoscopy is a test to look inside your large bowel. It takes about thirty to 45 minutes.");
        Find(d, "Please stop eating one day before the test.");
        Assert.DoesNotContain(d.Blocks, b => b.Text.Contains("four hours", StringComparison.Ordinal)
            || b.Text.Contains("fasting", StringComparison.Ordinal));
        Assert.Contains(d.Attention, a => a.Message.Contains("1 insertion(s) accepted, 1 deletion(s) dropped",
            StringComparison.Ordinal));
        Assert.Contains(d.Attention, a => a.Message == "1 comment(s) in the document were left out");
        Assert.Equal("Having a colonoscopy", d.TitleHint);
    }

    [Fact]
    public void LibreOffice_headings_lists_note_text_box_image_table_link_and_footer()
    {
        var d = Read("c-libreoffice-colonoscopy.docx");
        Assert.Equal([(1, "Having a colonoscopy"), (2, "Before the test"), (2, "On the day")],
            d.Blocks.Where(b => b.Kind == SourceBlockKind.Heading).Select(b => (b.Level, b.Text)));
        Assert.Equal([SourceListKind.Bullet, SourceListKind.Bullet, SourceListKind.Numbered,
            SourceListKind.Numbered, SourceListKind.Numbered],
            d.Blocks.Where(b => b.Kind == SourceBlockKind.ListItem).Select(b => b.List));
        Assert.True(Find(d, "**Diabetes:** if you take insulin, call the unit on 0161 276 1234.").Boxed);
        var anchor = Find(d, "What to bring is listed in the box.");
        var box = Find(d, "Bring your glasses and a dressing gown.");
        Assert.Equal(anchor.Place.Line + 1, box.Place.Line);
        Assert.Contains(d.Attention, a => a.Message == "image after paragraph 13, alternative text "
            + "\"A drawing of the large bowel\"");
        Assert.Equal(["Unit | Opening hours", "Endoscopy | 8am to 6pm"],
            d.Blocks.Where(b => b.Kind == SourceBlockKind.TableRow).Select(b => b.Text));
        Find(d, "More about the test is on the [NHS website](https://www.nhs.uk/conditions/colonoscopy/).");
        Assert.Equal(["Leaflet number: GI-221 Issue date: 12/01/2025 Next review: January 2028", "Page"],
            d.Blocks.Where(b => b.Part == SourcePart.Footer).Select(b => b.Text));
        Assert.All(d.Blocks.Where(b => b.Kind == SourceBlockKind.Paragraph), b => Assert.Equal(1.0, b.Emphasis));
    }
}
