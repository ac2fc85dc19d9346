using LeafletTool.Core.Authoring;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Importing;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Importing;

/// <summary>A parent heading with sub-headings (one level of sections in the format), a heading that repeats the
/// title (pandoc's Word documents), and contact details written as links or after a pronoun.</summary>
public class HeadingRunTests
{
    private static SourceBlock Para(string text, int line) => new(SourceBlockKind.Paragraph, text,
        new SourcePlace(0, line));

    private static SourceBlock Heading(string text, int line, int level = 2) => new(SourceBlockKind.Heading, text,
        new SourcePlace(0, line))
    { Level = level };

    /// <summary>Imports the blocks and a last line with a phone number (a leaflet needs a contact), checks that
    /// every word is kept and that the leaflet loads with no error but missing metadata.</summary>
    private static (ImportResult Result, ImportedDocument Document) Import(params SourceBlock[] blocks)
    {
        var document = new ImportedDocument([.. blocks, Para("Call the clinic on 020 7946 0999.", 99)], []);
        var result = ImportInterpreter.Interpret(document);
        Assert.Empty(ImportedWords.Missing(document, result.Yaml, result.RepeatedTitle));
        var load = LeafletLoader.Load(SourceDocument.FromText($"leaflets/{result.Slug}.yaml", result.Yaml));
        // The metadata these blocks leave out is missing; nothing else is wrong (no empty section, no bad value).
        Assert.DoesNotContain(load.Diagnostics, d => d.Severity == Severity.Error && d.Rule != "missing-field");
        return (result, document);
    }

    private static List<string> Body(DraftSection section) => section.Body.Select(b => b.Lines[0]).ToList();

    [Fact]
    public void A_heading_followed_by_a_heading_heads_the_section_and_the_sub_heading_leads_its_body()
    {
        var (result, _) = Import(Heading("Taking warfarin", 1, 1), Para("Warfarin thins the blood.", 2),
            Heading("What to expect", 3), Heading("Starting warfarin as an inpatient", 4),
            Para("A nurse checks your blood each day.", 5), Heading("Side effects", 6), Para("You may bruise.", 7));
        Assert.Equal(["What to expect", "Side effects"], result.Draft.Sections.Select(s => s.Heading));
        Assert.Equal(["**Starting warfarin as an inpatient**", "A nurse checks your blood each day."],
            Body(result.Draft.Sections[0]));
        Assert.Contains("- \"**Starting warfarin as an inpatient**\"", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_levels_are_stated_every_deeper_heading_under_the_parent_is_a_lead_in()
    {
        var (result, _) = Import(Heading("Knee surgery", 1, 1), Para("About the operation.", 2),
            Heading("Before your operation", 3, 2), Heading("Fasting", 4, 3), Para("Eat nothing after midnight.", 5),
            Heading("Medicines", 6, 3), Para("Bring your **medicines** with you.", 7),
            Heading("After your operation", 8, 2), Para("Rest for a week.", 9));
        Assert.Equal(["Before your operation", "After your operation"],
            result.Draft.Sections.Select(s => s.Heading));
        Assert.Equal(["**Fasting**", "Eat nothing after midnight.", "**Medicines**",
            "Bring your **medicines** with you."], Body(result.Draft.Sections[0]));
    }

    [Fact]
    public void In_a_text_file_a_run_of_headings_is_a_section_and_lead_ins_and_one_with_nothing_under_it_is_text()
    {
        var result = TextImportTests.Run("""
            Having a colonoscopy

            A colonoscopy looks inside your bowel.

            On the day
            Before you come in
            Do not eat for six hours.

            After the test
            You can go home the same day.

            Further reading
            """);
        Assert.Equal("Having a colonoscopy", result.Draft.Title);
        Assert.Equal(["On the day", "After the test"], result.Draft.Sections.Select(s => s.Heading));
        Assert.Equal(["**Before you come in**", "Do not eat for six hours."], Body(result.Draft.Sections[0]));
        Assert.Equal(["You can go home the same day.", "Further reading"], Body(result.Draft.Sections[1]));
    }

    [Fact]
    public void A_heading_that_repeats_the_title_is_left_out_with_a_note_and_checked_against_the_title()
    {
        var (result, document) = Import(Heading("Cryotherapy to treat chronic pain", 1, 1),
            Heading("Cryotherapy to treat chronic pain", 2, 1), Para("Cryotherapy is the use of cold.", 3),
            Heading("Benefits of cryotherapy", 4), Para("It is safe.", 5));
        Assert.Equal("Cryotherapy to treat chronic pain", result.Draft.Title);
        Assert.Equal("Cryotherapy is the use of cold.", result.Draft.Summary);
        Assert.Equal(["Benefits of cryotherapy"], result.Draft.Sections.Select(s => s.Heading));
        Assert.Equal(new SourcePlace(0, 2), result.RepeatedTitle);
        Assert.Contains(result.Notes, n => n.Line == 2 && n.Message.Contains("repeats the title",
            StringComparison.Ordinal));
        var changed = result.Yaml.Replace("title: Cryotherapy to treat chronic pain", "title: Cryotherapy",
            StringComparison.Ordinal);
        Assert.Contains(ImportedWords.Missing(document, changed, result.RepeatedTitle),
            l => l.Word == "to" && l.Place.Line == 2);
    }

    [Fact]
    public void A_heading_that_differs_from_the_title_stays()
    {
        var (result, _) = Import(Heading("Cryotherapy", 1, 1), Heading("Cryotherapy to treat chronic pain", 2, 1),
            Para("Cryotherapy is the use of cold.", 3));
        Assert.Null(result.RepeatedTitle);
        Assert.Equal(["Cryotherapy to treat chronic pain"], result.Draft.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void A_phone_number_written_as_a_link_is_one_contact_named_by_its_heading()
    {
        var result = ImportInterpreter.Interpret(new ImportedDocument([Heading("Knee clinic", 1, 1),
            Para("About the clinic.", 2), Heading("Pain management nurses", 3),
            Para("Phone: [020 7188 4714](tel:+442071884714)", 4)], []));
        Assert.Equal([new DraftContact("Pain management nurses", null, "020 7188 4714")], result.Draft.Contacts);
    }

    [Fact]
    public void A_pronoun_before_a_phone_number_is_not_a_contact_name()
    {
        Assert.Null(ContactFinder.NameBefore("If you wish to comment please contact her on"));
        Assert.Equal("Ward 5", ContactFinder.NameBefore("call Ward 5 on"));
        Assert.Equal(ContactFinder.Digits("020 7188 4714"), ContactFinder.Digits("+44 (0)20 7188 4714"));
    }
}
