using LeafletTool.Core.Authoring;
using LeafletTool.Core.Diagnostics;
using LeafletTool.Core.Importing;
using LeafletTool.Core.Loading;
using LeafletTool.Core.Model;
using LeafletTool.Core.Text;

namespace LeafletTool.Core.Tests.Importing;

public class TextImportTests
{
    /// <summary>Text import: the text reader, then the one interpreter.</summary>
    public static ImportResult Run(string text, string? owner = null)
        => ImportInterpreter.Interpret(Core.Importing.TextReader.Read(text), owner);

    private static string Case(string name) => File.ReadAllText(Path.Combine(Golden.Cases(), "import", name));

    private static (ImportResult Result, Leaflet Leaflet) Import(string name, string? owner = null)
    {
        var result = Run(Case(name), owner);
        var load = LeafletLoader.Load(SourceDocument.FromText($"leaflets/{result.Slug}.yaml", result.Yaml));
        Assert.DoesNotContain(load.Diagnostics, d => d.Severity == Severity.Error);
        return (result, load.Leaflet!);
    }

    [Theory]
    [InlineData("seed-cryotherapy")]
    [InlineData("wound-care")]
    [InlineData("blood-test")]
    public void Each_plain_text_leaflet_imports_to_its_verified_yaml(string name)
    {
        Golden.VerifyCase($"import/{name}", "yaml", Run(Case(name + ".txt")).Yaml);
    }

    [Fact]
    public void The_seed_keeps_every_sentence_and_converts_its_fields()
    {
        var (result, leaflet) = Import("seed-cryotherapy.txt");
        Assert.Equal("cryotherapy-to-treat-chronic-pain", result.Slug);
        Assert.Equal("Cryotherapy to treat chronic pain", leaflet.Title!.Value);
        Assert.Equal("5373/VER1", leaflet.ResourceNumber!.Value);
        Assert.Equal("2023-06", leaflet.Published!.Value);
        Assert.Equal("2026-06", leaflet.Review!.Value);
        Assert.Equal("Pain management nurses", leaflet.Owner!.Value);
        var contact = Assert.Single(leaflet.Contacts);
        Assert.Equal("020 7188 4714", contact.Phone!.Value);
        Assert.Equal("Monday to Friday, 9am to 5pm", contact.Hours!.Value);
        Assert.Equal(
            ["Benefits of cryotherapy", "Risks of cryotherapy", "Other treatment options", "Preparing for cryotherapy",
            "During cryotherapy",
             "Pain during cryotherapy", "After cryotherapy", "After you leave hospital", "Follow-up appointments",
             ImportInterpreter.UnplacedHeading],
            leaflet.Sections.Select(s => s.Heading!.Value));
        Assert.Equal(7, Assert.IsType<BulletList>(leaflet.Sections[4].Body[1]).Items.Count);
        Assert.Empty(SentenceCheck.Missing(Case("seed-cryotherapy.txt"), leaflet,
            "Resource number: 5373/VER1", "Date published: June 2023", "Review date: June 2026", "Contact us",
            "Phone 020 7188 4714, Monday to Friday, 9am to 5pm."));
    }

    [Fact]
    public void The_seed_reports_the_three_lines_it_could_not_place_and_keeps_them()
    {
        var (result, leaflet) = Import("seed-cryotherapy.txt");
        Assert.Equal([81, 83, 85], result.Notes.Select(n => n.Line));
        Assert.All(result.Notes, n => Assert.Contains("could not be placed", n.Message, StringComparison.Ordinal));
        Assert.Equal(
            ["Do you have any comments or concerns about your care?",
            "Contact our Patient Advice and Liaison Service (PALS)", "Is this health information page useful?"],
            leaflet.Sections[^1].Body.Select(b => Assert.IsType<Paragraph>(b).Text.Value));
    }

    [Fact]
    public void Steps_email_and_day_dates_are_imported()
    {
        var (result, leaflet) = Import("wound-care.txt");
        Assert.Empty(result.Notes);
        Assert.Equal("2025-03-12", leaflet.Published!.Value);
        Assert.Equal("2028-03", leaflet.Review!.Value);
        Assert.Equal("Surgical ward", leaflet.Owner!.Value);
        Assert.Equal(4, Assert.IsType<StepList>(leaflet.Sections[1].Body[1]).Items.Count);
        var contact = Assert.Single(leaflet.Contacts);
        Assert.Equal(("020 7188 5555", "24 hours a day, 7 days a week", "surgical.ward@example.nhs.uk"),
            (contact.Phone!.Value, contact.Hours!.Value, contact.Email!.Value));
        Assert.Equal("Out of hours, call NHS 111 for advice.", leaflet.OutOfHours!.Value);
        Assert.Empty(SentenceCheck.Missing(Case("wound-care.txt"), leaflet,
            "Resource number: 6120/VER3", "Date published: 12 March 2025", "Review date: March 2028", "Contact us",
            "Phone 020 7188 5555, 24 hours a day, 7 days a week.", "Email: surgical.ward@example.nhs.uk"));
    }

    [Fact]
    public void Wrapped_lines_join_and_fields_on_one_line_are_split()
    {
        var (result, leaflet) = Import("blood-test.txt");
        Assert.Empty(result.Notes);
        Assert.Equal(("6121/VER1", "2025-09", "2028-09"),
            (leaflet.ResourceNumber!.Value, leaflet.Published!.Value, leaflet.Review!.Value));
        Assert.Equal("Outpatient phlebotomy team", leaflet.Owner!.Value);
        Assert.StartsWith("A blood test is when a small amount of blood is taken from your body to be",
            leaflet.Summary!.Value, StringComparison.Ordinal);
        Assert.Equal("What happens during a blood test?", leaflet.Sections[0].Heading!.Value);
        Assert.Empty(SentenceCheck.Missing(Case("blood-test.txt"), leaflet,
            "Resource number: 6121/VER1 Date published: 2025-09 Review date: 2028-09", "Contact us",
            "Telephone: 020 7188 6000, Monday to Friday, 8am to 4pm."));
    }

    [Fact]
    public void The_owner_given_wins_over_the_one_found()
    {
        var (_, leaflet) = Import("seed-cryotherapy.txt", owner: "Pain management team");
        Assert.Equal("Pain management team", leaflet.Owner!.Value);
        Assert.Equal("Pain management nurses", leaflet.Contacts[0].Name!.Value);
    }

    [Fact]
    public void Missing_fields_are_left_empty_for_validate_to_point_at_and_noted()
    {
        var result = Run("A leaflet\n\nWhat it is\n\nSome text.\n");
        Assert.Contains("resource_number:\n", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("owner:\n", result.Yaml, StringComparison.Ordinal);
        var missing = LeafletLoader.Load(SourceDocument.FromText("leaflets/a-leaflet.yaml", result.Yaml)).Diagnostics
            .Where(d => d.Rule == "missing-field").Select(d => d.Line).ToList();
        Assert.Equal([3, 4, 5, 6, 12, 13], missing);
        Assert.Equal(5, result.Notes.Count);
    }

    [Fact]
    public void A_sentence_that_mentions_a_phone_number_is_kept_as_text()
    {
        var result = Run("T\n\nIntro.\n\nContact us\n\nPlease call 111 if you feel "
            + "unwell.\n\nPhone: 020 7188 4714\n");
        Assert.Contains("- Please call 111 if you feel unwell.", result.Yaml, StringComparison.Ordinal);
        Assert.Contains("phone: 020 7188 4714", result.Yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_before_the_first_heading_after_the_summary_gets_a_section_of_its_own()
    {
        var result = Run("T\n\nFirst.\n\nSecond.\n\nA heading\n\nThird.\n");
        Assert.Equal("First.", result.Draft.Summary);
        Assert.Equal([ImportInterpreter.IntroductionHeading, "A heading"],
            result.Draft.Sections.Select(s => s.Heading));
        Assert.Contains(result.Notes, n => n.Line == 5);
    }

    [Fact]
    public void Each_phone_or_email_introduced_by_a_name_or_purpose_starts_a_contact()
    {
        var result = Run(
            "T\n\nIntro.\n\nContact us\n\nIf you have questions, contact the ward.\n\nPhone 020 7188 1111\n\n" +
            "Pharmacy:\n\nIf it is about your medicines, contact the pharmacists.\n\nPhone: 020 7188 2222, Monday to "
                + "Friday, 9am to 5pm\n\n" +
            "Email: pharmacy@example.nhs.uk\n");
        Assert.Equal(
            [
                new DraftContact("Ward", "If you have questions, contact the ward.", "020 7188 1111"),
                new DraftContact("Pharmacy", "If it is about your medicines, contact the pharmacists.", "020 7188 2222",
                    "Monday to Friday, 9am to 5pm", "pharmacy@example.nhs.uk"),
            ],
            result.Draft.Contacts);
        Assert.Equal("Ward", result.Draft.Owner);
        Assert.DoesNotContain(result.Notes, n => n.Message.Contains("could not be placed", StringComparison.Ordinal));
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_make_no_difference()
    {
        var text = Case("wound-care.txt");
        var windows = "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Run(text).Yaml, Run(windows).Yaml);
    }

    [Theory]
    [InlineData("June 2023", "2023-06")]
    [InlineData("12 March 2025", "2025-03-12")]
    [InlineData("2025-09", "2025-09")]
    [InlineData("Spring 2025", "Spring 2025")]
    public void Dates_become_iso_months_or_days(string text, string expected)
        => Assert.Equal(expected, ImportDates.ToIso(text));

    [Fact]
    public void Text_with_a_hash_after_a_space_is_quoted_so_no_words_become_a_comment()
    {
        const string sentence = "You will be seen on Ward 5 #2 bay, usually the day after your operation.";
        var result = Run($"Going home #1\n\nAfter your operation\n\n{sentence}\n");
        var leaflet = LeafletLoader.Load(SourceDocument.FromText("leaflets/going-home.yaml", result.Yaml)).Leaflet!;

        Assert.Equal("Going home #1", leaflet.Title!.Value);
        Assert.Contains(leaflet.Prose(), p => p.Text.Value == sentence);
    }
}
