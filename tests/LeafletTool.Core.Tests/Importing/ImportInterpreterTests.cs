using LeafletTool.Core.Authoring;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Importing;
using LeafletTool.Core.Importing.Blocks;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Importing;

public class ImportInterpreterTests
{
    private static ImportResult Interpret(params SourceBlock[] blocks) =>
        ImportInterpreter.Interpret(new ImportedDocument(blocks, []));

    private static SourceBlock Para(string text, int line = 1) => new(SourceBlockKind.Paragraph, text,
        new SourcePlace(0, line));

    private static SourceBlock Heading(string text, int line = 1) => new(SourceBlockKind.Heading, text,
        new SourcePlace(0, line))
    { Level = 2 };

    private static string Case(string name) => File.ReadAllText(Path.Combine(Golden.Cases(), "import", name));

    public static TheoryData<string> Fixtures() => new(Directory.GetFiles(Path.Combine(Golden.Cases(), "import"),
        "*.txt").Select(Path.GetFileNameWithoutExtension).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_keeps_every_word_and_loads_without_errors(string name)
    {
        var document = Core.Importing.TextReader.Read(Case(name + ".txt"));
        var result = ImportInterpreter.Interpret(document);
        Assert.Empty(ImportedWords.Missing(document, result.Yaml).Select(l => $"{l.Place}: {l.Word} in {l.Block}"));
        var load = LeafletLoader.Load(SourceDocument.FromText($"leaflets/{result.Slug}.yaml", result.Yaml));
        Assert.DoesNotContain(load.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True((result.Draft.Title ?? "").Length <= 120);
    }

    [Theory]
    [InlineData("knee-injection-one-per-line")]
    [InlineData("cataract-flattened")]
    [InlineData("physio-department")]
    public void Layouts_of_other_trusts_import_to_their_verified_yaml(string name)
        => Golden.VerifyCase($"import/{name}", "yaml", TextImportTests.Run(Case(name + ".txt")).Yaml);

    [Fact]
    public void The_word_checker_finds_a_lost_word()
    {
        var document = Core.Importing.TextReader.Read(Case("blood-test.txt"));
        var yaml = ImportInterpreter.Interpret(document).Yaml.Replace("phlebotomist", "nurse",
            StringComparison.Ordinal);
        var loss = Assert.Single(ImportedWords.Missing(document, yaml), l => l.Word == "phlebotomist");
        Assert.Equal(("phlebotomist", 9), (loss.Word, loss.Place.Line));
    }

    [Fact]
    public void Phone_numbers_anywhere_become_contacts_and_stay_in_the_text()
    {
        var sentence = "If your wound bleeds, call Ward 5 on 01632 960 123, Monday to Friday, 9am to 5pm.";
        var result = Interpret(Para("After your operation"), Heading("Going home", 2), Para(sentence, 3),
            Heading("Pain relief", 4), Para("Call the Pain Clinic on 020 7946 0999 if the pain gets worse.", 5),
            Para("Telephone: 0113 496 0000", 6), Para("Questions? Email pain.team@example.nhs.uk.", 7));
        Assert.Equal(
            [
                new DraftContact("Ward 5", null, "01632 960 123", "Monday to Friday, 9am to 5pm"),
                new DraftContact("Pain Clinic", null, "020 7946 0999"),
                new DraftContact("Pain relief", null, "0113 496 0000"),
                new DraftContact("Pain relief", Email: "pain.team@example.nhs.uk"),
            ],
            result.Draft.Contacts);
        Assert.Contains(sentence, result.Draft.Sections[0].Body.SelectMany(b => b.Lines));
        Assert.Equal("Ward 5", result.Draft.Owner);
    }

    [Fact]
    public void A_number_that_is_not_a_uk_phone_number_makes_no_contact()
    {
        var result = Interpret(Para("A leaflet"),
            Para("Take 2 tablets 4 times a day, 1000 mg in all, or call 111.", 2));
        Assert.Contains("contacts", result.Missing);
    }

    [Fact]
    public void A_long_first_paragraph_is_never_the_title_and_the_hint_is_used()
    {
        var first = "Our service is run by a team of consultants and nurses, and is found in the outpatient department"
            + " on the ground floor of the main hospital building";
        var document = new ImportedDocument([Para(first), Heading("What is it?", 2), Para("It is a test.", 3)], [])
        {
            TitleHint = "Outpatient hysteroscopy",
        };
        var result = ImportInterpreter.Interpret(document);
        Assert.Equal("Outpatient hysteroscopy", result.Draft.Title);
        Assert.Equal(first, result.Draft.Summary);

        var untitled = Interpret(Para(first), Para("It is a test.", 2));
        Assert.Null(untitled.Draft.Title);
        Assert.Contains("title", untitled.Missing);
        var longHint = ImportInterpreter.Interpret(document with { TitleHint = string.Join(' ', first, first) });
        Assert.True(longHint.Draft.Title!.Length <= 120);
    }

    [Fact]
    public void Bold_and_larger_short_lines_are_headings_and_short_plain_lines_then_are_not()
    {
        var result = Interpret(
            new SourceBlock(SourceBlockKind.Paragraph, "Having a scan", new SourcePlace(1, 1)) { Emphasis = 1.6 },
            Para("This leaflet is about scans.", 2),
            new SourceBlock(SourceBlockKind.Paragraph, "**Before the scan**", new SourcePlace(1, 3)) { AllBold = true },
            Para("Ward 7", 4), Para("Do not eat for 4 hours.", 5),
            new SourceBlock(SourceBlockKind.Paragraph, "After the scan", new SourcePlace(1, 6)) { Emphasis = 1.3 },
            Para("You can go home.", 7));
        Assert.Equal("Having a scan", result.Draft.Title);
        Assert.Equal(["**Before the scan**", "After the scan"], result.Draft.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void Lists_boxes_and_table_rows_become_bullets_steps_notes_and_listed_paragraphs()
    {
        var result = Interpret(Para("A leaflet"), Para("Intro.", 2), Heading("What to do", 3),
            new SourceBlock(SourceBlockKind.ListItem, "Rest.", new SourcePlace(0, 4)) { List = SourceListKind.Bullet },
            new SourceBlock(SourceBlockKind.ListItem, "Drink.", new SourcePlace(0, 5)) { List = SourceListKind.Bullet },
            new SourceBlock(SourceBlockKind.ListItem, "Wash.", new SourcePlace(0, 6))
            {
                List = SourceListKind.Numbered,
            },
            new SourceBlock(SourceBlockKind.Paragraph, "Call 999 in an emergency.", new SourcePlace(0, 7))
            {
                Boxed = true,
            },
            new SourceBlock(SourceBlockKind.TableRow, "Day 1 | Rest", new SourcePlace(0, 8)));
        var body = result.Draft.Sections[0].Body;
        Assert.Equal([DraftBlockKind.Bullets, DraftBlockKind.Steps, DraftBlockKind.Note, DraftBlockKind.Paragraph],
            body.Select(b => b.Kind));
        Assert.Contains(result.Notes, n => n.Line == 8 && n.Message.Contains("table row", StringComparison.Ordinal));
    }

    [Fact]
    public void What_the_reader_reported_is_passed_on_with_its_place()
    {
        var document = new ImportedDocument([Para("A leaflet"), Para("Text.", 2)],
            [new SourceAttention(new SourcePlace(2, 14), "An image: \"a map of the hospital\"")]);
        var note = Assert.Single(ImportInterpreter.Interpret(document).Notes, n => n.Place.Page == 2);
        Assert.Equal("An image: \"a map of the hospital\"", note.Message);
    }

    [Fact]
    public void One_paragraph_a_line_and_flattened_text_are_read_as_paragraphs()
    {
        var perLine = Core.Importing.TextReader.Read(Case("knee-injection-one-per-line.txt"));
        Assert.True(perLine.Blocks.Count(b => b.Kind == SourceBlockKind.Paragraph) >= 15);
        var flattened = ImportInterpreter.Interpret(Core.Importing.TextReader.Read(Case("cataract-flattened.txt")));
        Assert.Contains("Why do I need the operation?", flattened.Draft.Sections.Select(s => s.Heading));
        Assert.DoesNotContain("Page 1 of 2", flattened.Yaml, StringComparison.Ordinal);
        Assert.Equal(("EYE/112", "2024-05", "2027-05"),
            (flattened.Draft.ResourceNumber, flattened.Draft.Published, flattened.Draft.Review));
    }
}
